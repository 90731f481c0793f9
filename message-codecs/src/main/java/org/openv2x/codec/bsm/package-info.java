/** The BasicSafetyMessage (BSM) family of T/CSAE 53-2020: model, UPER, JER and protobuf. */
package org.openv2x.codec.bsm;
