/**
 * The simulator's roadside units: standard CSAE 53-2020 MessageFrames (BSM, MAP, SPAT, RSI, RSM)
 * built from the simulated world every step, and the transports that carry them to the gateway.
 */
package org.openv2x.sim.rsu;
