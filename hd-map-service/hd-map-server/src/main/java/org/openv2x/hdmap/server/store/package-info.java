/** The RocksDB store of every version of every intersection, with lane and spatial indexes. */
package org.openv2x.hdmap.server.store;
