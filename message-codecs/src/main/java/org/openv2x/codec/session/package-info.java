/**
 * The RSU session protocol (ingest-gateway/PROTOCOL.md): frame writers, an incremental frame parser
 * and a blocking client with an acknowledgement window, reconnect and resend.
 */
package org.openv2x.codec.session;
