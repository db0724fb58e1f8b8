package org.disputatio.shell;

/**
 * A view whose main content keyboard users should reach at once: the frame's first Tab stop is a
 * "skip" link that moves the focus to the element with this id (WCAG 2.4.1, bypass blocks).
 */
public interface SkipTarget {

    /** The id of the element the skip link focuses. */
    String skipTargetId();

    /** The translation key of the link's words, e.g. "Skip to text". */
    String skipLabelKey();
}
