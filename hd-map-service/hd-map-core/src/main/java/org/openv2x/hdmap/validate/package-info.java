/**
 * Checks of an intersection's map before it is stored: structure (unique ids, references that
 * resolve), geometry that can be right (centre lines, widths) and connections that make sense.
 */
package org.openv2x.hdmap.validate;
