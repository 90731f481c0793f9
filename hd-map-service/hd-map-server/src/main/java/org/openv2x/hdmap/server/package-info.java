/**
 * The map service: every intersection's versions in RocksDB, MAP intake from {@code v2x.map},
 * snapshots to {@code v2x.hdmap}, and the HTTP API.
 */
package org.openv2x.hdmap.server;
