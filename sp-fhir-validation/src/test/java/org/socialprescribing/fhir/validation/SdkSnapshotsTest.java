package org.socialprescribing.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.internal.ConformanceResources;

/** The snapshots the build writes (the Maven build runs SdkSnapshots before the tests). */
class SdkSnapshotsTest {

    @Test
    void sdk_givesEveryStructureDefinitionItsSnapshotAndKeepsItsDifferential() {
        List<IBaseResource> shipped = ConformanceResources.sdk();
        List<IBaseResource> loaded = SdkSnapshots.sdk();

        assertThat(loaded).hasSameSizeAs(shipped);
        for (int i = 0; i < shipped.size(); i++) {
            if (shipped.get(i) instanceof StructureDefinition) {
                StructureDefinition source = (StructureDefinition) shipped.get(i);
                StructureDefinition withSnapshot = (StructureDefinition) loaded.get(i);
                assertThat(withSnapshot.getUrl()).isEqualTo(source.getUrl());
                assertThat(withSnapshot.getSnapshot().getElement())
                        .as(source.getUrl())
                        .hasSizeGreaterThanOrEqualTo(
                                source.getDifferential().getElement().size());
                assertThat(json(withSnapshot.getDifferential())).isEqualTo(json(source.getDifferential()));
            } else {
                assertThat(SpFhir.newJsonParser().encodeResourceToString(loaded.get(i)))
                        .isEqualTo(SpFhir.newJsonParser().encodeResourceToString(shipped.get(i)));
            }
        }
    }

    private static String json(StructureDefinition.StructureDefinitionDifferentialComponent differential) {
        StructureDefinition holder = new StructureDefinition();
        holder.setDifferential(differential);
        return SpFhir.newJsonParser().encodeResourceToString(holder);
    }
}
