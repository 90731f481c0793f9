/** Map matching over the lanes and connection paths of a set of intersection versions. */
package org.openv2x.hdmap.match;
