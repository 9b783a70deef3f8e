package org.parley.model;

/**
 * A block (paragraph, heading, list item) of an input page with its place in the original input,
 * and the reader's decision about it: part of the article, or dropped, and why.
 *
 * @param text   the block's text as the extractor sees it
 * @param source where the block lies in {@link Article#sourceText()}
 * @param kept   true when the block belongs to the article body
 * @param reason why it was kept or dropped, in words a user can check ("teaser cue 'Also Read |'")
 */
public record TextBlock(String text, Span source, boolean kept, String reason) {
}
