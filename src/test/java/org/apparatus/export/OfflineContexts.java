package org.apparatus.export;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves local copies of JSON-LD contexts and refuses every other URL, so tests never go online. */
final class OfflineContexts implements DocumentLoader {
  private final Map<String, Path> copies;

  OfflineContexts(Map<String, Path> copies) {
    this.copies = copies;
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    Path copy = copies.get(url.toString());
    if (copy == null) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no local copy of " + url + " (tests stay offline)");
    }
    try (InputStream in = Files.newInputStream(copy)) {
      JsonDocument doc = JsonDocument.of(in);
      doc.setDocumentUrl(url);
      return doc;
    } catch (IOException e) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
    }
  }
}
