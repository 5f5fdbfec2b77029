package org.socialprescribing.openreferral;

import java.util.Map;
import org.immutables.value.Value;

/**
 * An HSDS object of an Open Referral UK directory: a {@link OrukService}, an {@link OrukOrganization}, a {@link
 * OrukLocation} and the others of this package (and only those: {@link OrukJson} reads and writes no other
 * implementation).
 *
 * <h2>The lossless rule</h2>
 *
 * <p>The typed attributes hold the properties of the compiled ORUK schemas (plus a few HSDS 3.0 core
 * properties, named in each type). Everything else a JSON object contains is kept, by property name and in
 * document order, in {@link #extensions()}:
 *
 * <ul>
 *   <li>properties the typed attributes do not know: HSDS core properties the UK profile leaves out, a
 *       publisher's own additions;
 *   <li>typed properties whose JSON holds no value: an explicit {@code null}, or an empty array {@code []} for
 *       a list. The typed attribute is then empty, and the extension records how the absence was written.
 * </ul>
 *
 * <p>Writing puts each typed property, or its {@code null}/{@code []} extension, in the place the schema gives
 * it, then the other extensions. So reading a document and writing it back gives the same JSON tree (property
 * order aside for unknown properties).
 */
public interface OrukRecord {

    /**
     * @return the JSON properties the typed attributes do not hold, in document order, never null
     * @see OrukRecord the lossless rule
     */
    Map<String, JsonValue> extensions();

    /**
     * Checks the structural rule of extensions: one that names a typed property may only be {@code null} (or
     * {@code []} for a list) and only while that property is empty, so no property is ever written twice. The
     * generated builders call it; there is no need to call it yourself.
     *
     * @throws org.socialprescribing.model.InvalidValueException if an extension breaks the rule
     */
    @Value.Check
    default void checkExtensions() {
        OrukSchema.checkExtensions(this);
    }
}
