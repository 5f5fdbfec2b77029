package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * One page of a paged ORUK API listing, such as {@code GET /services?page=2}: the records on the page and where
 * the page stands in the whole listing. The envelope's properties are those of the {@code OrukPage} schema of the
 * ORUK OpenAPI definition; all are optional there, except that a page without {@code contents} is not read as a
 * page. Unknown properties are kept in {@link #extensions()} under the lossless rule of {@link OrukRecord}.
 *
 * @param <T> the type of the records on the page
 */
@Value.Immutable
@SpStyle
public interface OrukPage<T> {

    /** @return {@code total_items}: how many records the whole listing has, or empty if absent */
    OptionalInt totalItems();

    /** @return {@code total_pages}: how many pages the whole listing has, or empty if absent */
    OptionalInt totalPages();

    /** @return {@code page_number}: the number of this page, or empty if absent */
    OptionalInt pageNumber();

    /** @return {@code size}: how many records this page holds, or empty if absent */
    OptionalInt size();

    /** @return {@code first_page}: whether this is the first page, or empty if absent */
    Optional<Boolean> firstPage();

    /** @return {@code last_page}: whether this is the last page, or empty if absent */
    Optional<Boolean> lastPage();

    /** @return {@code empty}: whether the whole listing is empty, or empty if absent */
    Optional<Boolean> empty();

    /** @return {@code contents}: the records on this page, in document order, never null */
    List<T> contents();

    /**
     * @return the JSON properties the typed attributes do not hold, in document order, never null
     * @see OrukRecord the lossless rule
     */
    Map<String, JsonValue> extensions();

    /**
     * Checks the structural rule of extensions (see {@link OrukRecord#checkExtensions()}). The generated
     * builder calls it; there is no need to call it yourself.
     *
     * @throws org.socialprescribing.model.InvalidValueException if an extension breaks the rule
     */
    @Value.Check
    default void checkExtensions() {
        OrukSchema.checkPage(this);
    }

    /**
     * @param <T> the type of the records on the page
     * @return a new builder, never null
     */
    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default Builder<T> toBuilder() {
        return new Builder<T>().mergeFrom(this);
    }

    /**
     * Builds {@code OrukPage} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukPage}'s rules say.
     *
     * @param <T> the type of the records on the page
     */
    final class Builder<T> extends ImmutableOrukPage.Builder<T> {
        Builder() {}
    }
}
