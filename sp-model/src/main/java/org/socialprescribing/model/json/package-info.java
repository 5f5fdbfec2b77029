/**
 * JSON for every sp-model type: {@link org.socialprescribing.model.json.SpJson} configures Jackson for the SDK's
 * format (ISO-8601 dates and times, identifiers as strings, enums as lower-case codes, absent values omitted,
 * unknown properties and duplicate keys rejected) and reads JSON so that every problem becomes one
 * {@link org.socialprescribing.model.json.InvalidJsonException} naming the JSON path. The JSON Schema of the
 * episode format is published as the resource {@code org/socialprescribing/model/json/episode.schema.json}.
 */
@NullMarked
package org.socialprescribing.model.json;

import org.jspecify.annotations.NullMarked;
