/**
 * Conversions of the map model: to and from the protobuf snapshot ({@code v2x.v1.HdMapSnapshot})
 * and to and from the standard's MAP message.
 */
package org.openv2x.hdmap.convert;
