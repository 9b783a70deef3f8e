package org.parley.extract;

/** A place named in the body text: offsets into it, and the label to record. */
record PlaceMention(int start, int end, String label) {
}
