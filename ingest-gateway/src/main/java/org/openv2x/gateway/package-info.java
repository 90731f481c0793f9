/** The ingest gateway: Netty TCP and UDP servers, decode pipeline, journal, Kafka, downlink. */
package org.openv2x.gateway;
