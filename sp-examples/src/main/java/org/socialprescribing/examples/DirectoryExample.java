package org.socialprescribing.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.service.ServiceDirectory;
import org.socialprescribing.model.service.ServiceQuery;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.mapping.MappedDirectory;
import org.socialprescribing.openreferral.mapping.OrukMapper;

/** Importing an Open Referral UK directory and finding services by category, age and delivery mode. */
public final class DirectoryExample {

    private DirectoryExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (InputStream json = DirectoryExample.class.getResourceAsStream("directory.json")) {
            // START SNIPPET: directory
            // A page of an ORUK feed; OrukFeedReader.of(uri).services() streams a whole live directory instead.
            OrukPage<OrukService> page = OrukJson.readPage(json, OrukService.class);
            MappedDirectory imported = OrukMapper.standard().importServices(page.contents().stream());
            imported.report().warnings().forEach(System.out::println); // invalid values, with their JSON paths
            ServiceDirectory directory = imported.directory();

            List<Service> found = directory.find(ServiceQuery.all()
                    .inCategory(ServiceCategory.BEFRIENDING, ServiceCategory.PEER_SUPPORT) // either category
                    .forAge(67) // inside the service's age range
                    .deliveredBy(DeliveryMode.TELEPHONE, DeliveryMode.ONLINE) // either mode
                    .acceptingReferrals());
            found.forEach(service -> System.out.println(service.name() + ", "
                    + service.provider().map(VcseOrganisation::name).orElse("provider not known")));
            // END SNIPPET
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
