package org.openv2x.codec.common;

import java.util.Optional;

/**
 * MotionConfidenceSet (DefMotion): all three members OPTIONAL. Not extensible.
 *
 * @param speedCfd speed confidence
 * @param headingCfd heading confidence
 * @param steerCfd steering wheel angle confidence
 */
public record MotionConfidenceSet(
    Optional<SpeedConfidence> speedCfd,
    Optional<HeadingConfidence> headingCfd,
    Optional<SteeringWheelAngleConfidence> steerCfd) {
  public MotionConfidenceSet {
    Check.notNull(speedCfd, "speedCfd");
    Check.notNull(headingCfd, "headingCfd");
    Check.notNull(steerCfd, "steerCfd");
  }
}
