/**
 * The road-network simulator: signalised intersections, vehicles that drive them, RSUs that send
 * standard CSAE 53-2020 MessageFrames to the gateway, the ground truth, and the blast mode that
 * replays pre-encoded frames for load.
 */
package org.openv2x.sim;
