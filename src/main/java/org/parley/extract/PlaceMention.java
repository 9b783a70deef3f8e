package org.parley.extract;

import org.parley.model.Place;

/** A place named in the body text: offsets into it, and the place the words were resolved to. */
record PlaceMention(int start, int end, Place place) {
}
