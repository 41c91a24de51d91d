/**
 * The DSP classifier at the edge: the facts-format v1 JSON codec, the {@code classify} CLI command and the
 * stateless {@code POST /api/v1/classifications/evaluate} endpoint.
 */
@org.jspecify.annotations.NullMarked
package dev.clearance.api.classification;
