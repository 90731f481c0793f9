/**
 * The gateway's load benchmark ({@code ingest-gateway/loadtest.sh}): load client, broker, probes
 * and report.
 */
package org.openv2x.gateway.bench;
