package dev.stg.interp.run;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** A folder of the class path as a {@link Path}, whether it lies in a jar or in a build's classes folder. */
public final class Resources {

    private Resources() {
    }

    /**
     * The folder {@code resource} (absolute, e.g. {@code /samples/hs/lib/O1}) as the class
     * loader of {@code anchor} sees it.
     *
     * @throws IOException when the class path has no such folder
     */
    public static Path folder(Class<?> anchor, String resource) throws IOException {
        URI uri;
        try {
            var url = anchor.getResource(resource);
            if (url == null) throw new IOException(resource + " is missing from the build");
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (!uri.getScheme().equals("jar")) return Path.of(uri);
        FileSystem jar;
        try {
            jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            jar = FileSystems.newFileSystem(uri, Map.of());
        }
        return jar.provider().getPath(uri);
    }
}
