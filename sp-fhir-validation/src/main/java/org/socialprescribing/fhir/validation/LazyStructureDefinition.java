package org.socialprescribing.fhir.validation;

import java.util.List;
import java.util.function.Supplier;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.Property;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * An R4 core StructureDefinition in R5 form that holds everything but its snapshot and differential until one of them
 * is asked for, then takes both from the full conversion, once.
 *
 * <p>Why: the FHIR core library's FHIRPath engine, its element parser and its type lists walk the list of all
 * StructureDefinitions every time one is built (each validator and each parse builds several), reading only names,
 * kinds, URLs and types. HAPI's answer parses and converts all 649 of R4 core's for that, about a second of a cold
 * {@code sp fhir validate} (docs/PERFORMANCE.md); a validation reads the snapshots of a few dozen. The snapshot and
 * differential are 95% of R4 core's bytes.
 *
 * <p>How: it starts as the R5 conversion of the outline the build wrote (the StructureDefinition without those two
 * elements), so every other element is the full conversion's from the start. Every method of the R5 model that reads
 * or writes the two fields directly (their accessors, the generic property methods, copying, comparing, emptiness) first
 * loads them; {@code LazyStructureDefinitionTest} checks that list against the model's
 * methods, and that a loaded copy equals the full conversion for every R4 core StructureDefinition. Loading is
 * thread-safe and happens once; a failure is thrown to the caller and tried again on the next call.
 */
final class LazyStructureDefinition extends StructureDefinition {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<StructureDefinition> full;
    /** A lock of its own: HAPI's code may lock on resources it is given. */
    private final transient Object lock = new Object();

    private volatile boolean loaded;

    /**
     * @param outline the R5 conversion of the outline, whose elements and user data this copies
     * @param full the full R5 conversion of the same StructureDefinition, asked for once
     */
    LazyStructureDefinition(StructureDefinition outline, Supplier<StructureDefinition> full) {
        this.full = full;
        outline.copyValues(this);
        copyUserData(outline);
        // Kept outside the model's elements, so not copied by copyValues.
        setSourcePackage(outline.getSourcePackage());
        setWebPath(outline.getWebPath());
    }

    boolean isLoaded() {
        return loaded;
    }

    private void load() {
        if (loaded) {
            return;
        }
        synchronized (lock) {
            if (!loaded) {
                StructureDefinition complete = full.get();
                super.setSnapshot(complete.hasSnapshot() ? complete.getSnapshot() : null);
                super.setDifferential(complete.hasDifferential() ? complete.getDifferential() : null);
                loaded = true;
            }
        }
    }

    @Override
    public StructureDefinitionSnapshotComponent getSnapshot() {
        load();
        return super.getSnapshot();
    }

    @Override
    public boolean hasSnapshot() {
        load();
        return super.hasSnapshot();
    }

    @Override
    public StructureDefinition setSnapshot(StructureDefinitionSnapshotComponent value) {
        load();
        return super.setSnapshot(value);
    }

    @Override
    public StructureDefinitionDifferentialComponent getDifferential() {
        load();
        return super.getDifferential();
    }

    @Override
    public boolean hasDifferential() {
        load();
        return super.hasDifferential();
    }

    @Override
    public StructureDefinition setDifferential(StructureDefinitionDifferentialComponent value) {
        load();
        return super.setDifferential(value);
    }

    @Override
    protected void listChildren(List<Property> children) {
        load();
        super.listChildren(children);
    }

    @Override
    public Property getNamedProperty(int hash, String name, boolean checkValid) throws FHIRException {
        load();
        return super.getNamedProperty(hash, name, checkValid);
    }

    @Override
    public Base[] getProperty(int hash, String name, boolean checkValid) throws FHIRException {
        load();
        return super.getProperty(hash, name, checkValid);
    }

    @Override
    public Base setProperty(int hash, String name, Base value) throws FHIRException {
        load();
        return super.setProperty(hash, name, value);
    }

    @Override
    public Base setProperty(String name, Base value) throws FHIRException {
        load();
        return super.setProperty(name, value);
    }

    @Override
    public void removeChild(String name, Base value) throws FHIRException {
        load();
        super.removeChild(name, value);
    }

    @Override
    public Base makeProperty(int hash, String name) throws FHIRException {
        load();
        return super.makeProperty(hash, name);
    }

    @Override
    public Base addChild(String name) throws FHIRException {
        load();
        return super.addChild(name);
    }

    @Override
    public StructureDefinition copy() {
        load();
        return super.copy();
    }

    @Override
    public void copyValues(StructureDefinition dst) {
        load();
        super.copyValues(dst);
    }

    @Override
    public boolean equalsDeep(Base other) {
        load();
        if (other instanceof LazyStructureDefinition) {
            ((LazyStructureDefinition) other).load();
        }
        return super.equalsDeep(other);
    }

    @Override
    public boolean isEmpty() {
        load();
        return super.isEmpty();
    }
}
