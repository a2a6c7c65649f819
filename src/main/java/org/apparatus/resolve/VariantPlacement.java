package org.apparatus.resolve;

/**
 * Where a variant entry's lemma was found: the block, its locator and the character range in its text, and the
 * entry's number in its text's apparatus (reading order).
 *
 * @param lemma the words of the reading text in that range, as the text has them
 */
public record VariantPlacement(String variantId, String textId, String anchor, String locator, int start, int end, String lemma,
    int number) {}
