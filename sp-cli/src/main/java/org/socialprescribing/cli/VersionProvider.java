package org.socialprescribing.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the SDK version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = SpCommand.class.getPackage().getImplementationVersion();
        return new String[] {"sp " + (version == null ? "development build" : version)};
    }
}
