package org.socialprescribing.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.LookupCodeRequest;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.util.ClasspathUtil;
import java.io.IOException;
import java.io.InputStream;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.jspecify.annotations.Nullable;

/**
 * HAPI's {@code CommonCodeSystemsTerminologyService} with one UCUM service for all its UCUM lookups, where HAPI 8.8.0
 * reads and parses the UCUM definitions ({@code /ucum-essence.xml}, 85 KB of XML) again for every UCUM code it
 * looks up: in a JFR profile of a cold {@code sp fhir validate} of the demo's EP-101 Bundle, 4-5% of the main thread
 * (docs/PERFORMANCE.md). Every other answer is HAPI's, with HAPI's messages.
 *
 * <p>A UCUM lookup gives what HAPI's gives (found, its analysis as the display, or the UCUM library's error message):
 * the same definitions, read by the same UCUM library, once. Validating a UCUM code (HAPI asks its own lookup) goes
 * through this lookup too. The UCUM library's {@code analyse} only reads the definitions it has loaded (a new parser
 * per call), so one service serves all threads. If the definitions cannot be read, every lookup tries again and
 * reports the error as HAPI's does. {@code SharedUcumServiceTest} compares the answers with HAPI's.
 */
final class SharedUcumService extends CommonCodeSystemsTerminologyService {

    private static final String DEFINITIONS = "/ucum-essence.xml";

    private final FhirContext context;
    private volatile @Nullable UcumEssenceService ucum;

    SharedUcumService(FhirContext context) {
        super(context);
        this.context = context;
    }

    @Override
    public @Nullable LookupCodeResult lookupCode(ValidationSupportContext support, LookupCodeRequest request) {
        if (!UCUM_CODESYSTEM_URL.equals(request.getSystem())) {
            return super.lookupCode(support, request);
        }
        // As HAPI 8.8.0's private lookupUcumCode, with the service kept.
        String code = request.getCode();
        LookupCodeResult result = new LookupCodeResult();
        result.setSearchedForCode(code);
        result.setSearchedForSystem(UCUM_CODESYSTEM_URL);
        try {
            String analysis = service().analyse(code);
            if (analysis != null) {
                result.setFound(true);
                result.setCodeDisplay(analysis);
            }
        } catch (UcumException | IOException e) {
            result.setErrorMessage(e.getMessage());
        }
        return result;
    }

    /**
     * HAPI's message for a key, looked up under HAPI's class: HAPI's looks its messages up under the class of the
     * instance, and this subclass has none of its own (an error such as a code system that does not match the value
     * set came out as {@code !MESSAGE!}).
     */
    @Override
    protected String getErrorMessage(String key, String first, String second) {
        return context.getLocalizer().getMessage(CommonCodeSystemsTerminologyService.class, key, first, second);
    }

    private UcumEssenceService service() throws UcumException, IOException {
        UcumEssenceService known = ucum;
        if (known == null) {
            // Two threads may read the definitions at once; either service gives the same answers.
            try (InputStream in = ClasspathUtil.loadResourceAsStream(DEFINITIONS)) {
                known = new UcumEssenceService(in);
            }
            ucum = known;
        }
        return known;
    }
}
