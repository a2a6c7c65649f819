package org.apparatus.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apparatus.cite.CslCatalog;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.DidYouMean;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.load.ContentSet;
import org.apparatus.load.FrontMatter;
import org.apparatus.load.FrontMatterReader;
import org.apparatus.load.SourceFile;
import org.apparatus.model.BibEntry;
import org.apparatus.model.Edition;
import org.apparatus.model.EditionMeta;
import org.apparatus.model.GlossaryLinking;
import org.apparatus.model.Markdown;
import org.apparatus.model.Note;
import org.apparatus.model.PersonName;
import org.apparatus.model.NoteKind;
import org.apparatus.model.Page;
import org.apparatus.model.Term;
import org.apparatus.model.Text;
import org.apparatus.model.Variant;
import org.apparatus.model.Verdict;
import org.apparatus.parallel.Parallel;

/** Turns the raw content files into the immutable {@link Edition} model. */
public final class EditionParser {
  static final Set<String> EDITION_KEYS = Set.of("title", "subtitle", "editors", "version", "date", "base_url",
      "csl_style", "language", "description", "license", "repository", "glossary_linking", "rights");
  static final Set<String> TEXT_KEYS = Set.of("id", "title", "author", "byline", "author_note", "publication", "date",
      "url", "rights", "dateline", "tags", "order", "language", "direction", "short_name", "witnesses");
  /** Scripts written right to left, by the primary language subtag that usually implies them. */
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "yi", "ps", "sd", "ckb", "dv", "ug", "syr", "arc", "nqo", "prs");
  static final Set<String> NOTE_KEYS = Set.of("id", "text", "kind", "quote", "paragraph", "line", "occurrence", "verdict",
      "claim", "checked");
  static final Set<String> TERM_KEYS = Set.of("id", "term", "aliases");
  static final Set<String> PAGE_KEYS = Set.of("id", "title", "order");
  private static final String DEFAULT_STYLE = "chicago-author-date";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}");
  /** Ids become directory names; file systems allow 255 bytes, and some encrypted ones far fewer. */
  static final int MAX_ID_LENGTH = 100;
  /** The download files are named after the title and version; kept well under the 255 bytes a file name may have. */
  static final int MAX_DOWNLOAD_NAME = 200;
  /** Names the generator writes pages or folders under; no text or page may take them. */
  static final Set<String> RESERVED_IDS = Set.of("assets", "downloads", "exports", "index", "404", "glossary", "references",
      "fact-checks", "changes", "search", "home");

  private final Diagnostics diagnostics;
  private final MarkdownParser markdown;
  private final Map<String, SourcePos> ids = new HashMap<>();
  private final Map<String, SourcePos> variantIds = new HashMap<>();
  private final VariantParser variants;

  private final MediaResolver media;
  private final BibConversions bibConversions;

  public EditionParser(Diagnostics diagnostics, MediaResolver media) {
    this(diagnostics, media, new MarkdownParser());
  }

  public EditionParser(Diagnostics diagnostics, MediaResolver media, MarkdownParser markdown) {
    this(diagnostics, media, markdown, BibConversions.none());
  }

  /** A parser that reuses, through {@code markdown} and {@code bib}, what the previous build of a series parsed. */
  public EditionParser(Diagnostics diagnostics, MediaResolver media, MarkdownParser markdown, BibConversions bib) {
    this.diagnostics = diagnostics;
    this.bibConversions = bib;
    this.markdown = markdown;
    this.media = media;
    this.variants = new VariantParser(diagnostics);
  }

  public Edition parse(ContentSet content) {
    EditionMeta meta = content.edition().map(f -> meta(f, content.styles())).orElseGet(() -> defaultMeta("Untitled edition"));
    List<Text> texts = new ArrayList<>();
    for (Read r : read(content.texts(), f -> FrontMatterReader.readHeader(f, TEXT_KEYS, Map.of("witnesses", VariantParser.WITNESS_KEYS), diagnostics))) {
      text(r).ifPresent(texts::add);
    }
    texts.sort(Comparator.comparingInt(Text::order).thenComparing(Text::id));
    List<Note> notes = new ArrayList<>();
    List<ContentSet.NoteFile> noteFiles = content.notes();
    List<Read> noteReads = read(noteFiles.stream().map(ContentSet.NoteFile::file).toList(),
        f -> FrontMatterReader.readHeader(f, NOTE_KEYS, diagnostics));
    for (int i = 0; i < noteFiles.size(); i++) {
      note(noteFiles.get(i), noteReads.get(i)).ifPresent(notes::add);
    }
    List<Term> terms = new ArrayList<>();
    for (SourceFile f : content.glossary()) {
      term(f).ifPresent(terms::add);
    }
    terms.sort(Comparator.comparing(t -> t.term().toLowerCase(java.util.Locale.ROOT)));
    BibParser bib = new BibParser(diagnostics, bibConversions);
    List<BibEntry> references = new ArrayList<>();
    Set<String> unreadable = new java.util.TreeSet<>();
    for (SourceFile f : content.bibliographies()) {
      BibParser.Result read = bib.read(f);
      references.addAll(read.entries());
      unreadable.addAll(read.unreadableKeys());
    }
    List<Page> pages = new ArrayList<>();
    for (Read r : read(content.pages(), f -> FrontMatterReader.readHeader(f, PAGE_KEYS, diagnostics))) {
      page(r).ifPresent(pages::add);
    }
    pages.sort(Comparator.comparingInt(Page::order).thenComparing(Page::id));
    List<Variant> variantList = new ArrayList<>();
    Set<String> refusedVariants = new TreeSet<>();
    for (ContentSet.NoteFile f : content.variants()) {
      variant(f).ifPresentOrElse(variantList::add, () -> refusedVariants.add(f.textId()));
    }
    return new Edition(meta, texts, notes, terms, references, pages, media.files(), unreadable, variantList, refusedVariants);
  }

  private EditionMeta meta(SourceFile f, List<SourceFile> styles) {
    FrontMatter fm = FrontMatterReader.readYaml(f, EDITION_KEYS, diagnostics);
    require(fm, "title");
    require(fm, "version");
    require(fm, "date");
    String date = fm.text("date", "");
    if (!date.isEmpty() && !isDate(date)) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("date"), "edition `date` `" + date + "` is not a calendar date of the form YYYY-MM-DD",
          "write the date of this version, e.g. `date: \"2026-11-22\"`");
      date = "";
    }
    String license = safeText(fm, "license");
    String repository = safeText(fm, "repository");
    checkNameLength(fm);
    String linkingValue = fm.text("glossary_linking", GlossaryLinking.FIRST_PER_SECTION.key());
    GlossaryLinking linking = GlossaryLinking.parse(linkingValue).orElseGet(() -> {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("glossary_linking"), "unknown glossary_linking `" + linkingValue + "`",
          "use first-per-section, first-per-text, all or none");
      return GlossaryLinking.FIRST_PER_SECTION;
    });
    List<PersonName> editors = fm.list("editors").stream().map(PersonName::parse).toList();
    String requested = fm.text("csl_style", DEFAULT_STYLE).strip();
    // a bundled id is looked up with suggestions; anything else must be a checked style file of the edition
    String style = CslCatalog.hasStyle(requested) || requested.matches("[a-z0-9-]+")
        ? cslStyle(fm) : CitationStyles.resolve(fm, f, styles, diagnostics);
    return new EditionMeta(fm.text("title", "Untitled edition"), fm.text("subtitle", ""),
        editors.stream().map(PersonName::display).toList(), fm.text("version", "0"), date, baseUrl(fm),
        style, language(fm), fm.text("description", ""), license, repository, linking,
        fm.text("rights", ""), editors);
  }

  /** The style id, checked against the styles that ship; an unknown one is reported here and the default used. */
  private String cslStyle(FrontMatter fm) {
    String style = fm.text("csl_style", DEFAULT_STYLE).strip();
    if (CslCatalog.hasStyle(style)) {
      return style;
    }
    diagnostics.error(Code.CITATION_STYLE, fm.valuePosOf("csl_style"), "unknown citation style `" + style + "`",
        DidYouMean.phrase(CslCatalog.styleSuggestions(style)).map(p -> p + " ").orElse("")
            + "use the id of a style in the CSL repository (https://github.com/citation-style-language/styles), "
            + "e.g. chicago-author-date, apa, modern-language-association");
    return DEFAULT_STYLE;
  }

  /** The language tag, checked against the citation locales that ship; an unknown one is reported here. */
  private String language(FrontMatter fm) {
    String language = fm.text("language", "en").strip();
    if (CslCatalog.localeFor(language).isPresent()) {
      return language;
    }
    List<String> named = CslCatalog.languagesNamed(language);
    List<String> suggestions = named.isEmpty() ? DidYouMean.candidates(language, CslCatalog.languages()) : named;
    String accepted = "accepted values: " + String.join(", ", CslCatalog.languages());
    diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("language"), "unknown language `" + language + "`",
        DidYouMean.phrase(suggestions).map(p -> p + " write a BCP 47 tag; " + accepted).orElse("write a BCP 47 tag; " + accepted));
    return "en";
  }

  private static EditionMeta defaultMeta(String title) {
    return new EditionMeta(title, "", List.of(), "0", "", "", "chicago-author-date", "en", "", "", "", GlossaryLinking.FIRST_PER_SECTION);
  }

  /** A base URL with exactly one trailing slash (a project site's path kept), or "" for none. */
  public static String normaliseBase(String base) {
    String b = base.strip();
    if (b.isEmpty()) {
      return "";
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '/') {
      end--;
    }
    return b.substring(0, end) + "/";
  }

  /** Why {@code base} cannot be the address of a site, or empty if it can. */
  public static Optional<String> baseUrlProblem(String base) {
    String b = base.strip();
    if (b.isEmpty()) {
      return Optional.empty();
    }
    try {
      java.net.URI uri = new java.net.URI(b);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
        return Optional.of("must be an absolute http(s) URL such as https://user.github.io/edition/");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        return Optional.of("must not have a query (?) or fragment (#)");
      }
      return Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.of("is not a valid URL: " + e.getReason());
    }
  }

  private String baseUrl(FrontMatter fm) {
    String value = fm.text("base_url", "");
    Optional<String> problem = baseUrlProblem(value);
    problem.ifPresent(p -> diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("base_url"), "`base_url` " + p,
        "write the address where the site will live, e.g. https://user.github.io/edition/"));
    return problem.isPresent() ? "" : normaliseBase(value);
  }

  /**
   * A source file's front matter and Markdown tree. Files of one kind are read side by side; the ids they claim
   * and everything else that depends on the other files are then taken in file order.
   */
  private record Read(SourceFile file, FrontMatter fm, Markdown body) {}

  private List<Read> read(List<SourceFile> files, java.util.function.Function<SourceFile, FrontMatter> header) {
    return Parallel.map(files, f -> {
      FrontMatter fm = header.apply(f);
      return new Read(f, fm, markdown.parse(f, withinNestingLimit(f, fm)));
    });
  }

  private Optional<Text> text(Read r) {
    SourceFile f = r.file();
    FrontMatter fm = r.fm();
    String id = idOf(f, fm);
    boolean unique = claimPage(f, fm, id);
    require(fm, "title");
    require(fm, "author");
    Markdown body = r.body();
    if (!unique) {
      return Optional.empty();
    }
    TextParser.Parsed parsed = new TextParser(diagnostics, media).parse(body);
    String language = textLanguage(fm);
    String author = fm.text("author", "");
    PersonName name = PersonName.parse(author);
    return Optional.of(new Text(id, fm.text("title", id), author, fm.text("short_name", name.shortForm()), fm.text("byline", name.display()),
        fm.text("author_note", ""), fm.text("publication", ""), fm.text("date", ""), safeUrl(fm, "url"),
        fm.text("rights", ""), fm.text("dateline", ""), fm.list("tags"), intValue(fm, "order", 0),
        language, direction(fm, language), variants.witnesses(fm), parsed.body(), parsed.blocks(), f.start()));
  }

  /** A text's own language: any BCP 47 tag, "" for the edition's. */
  private String textLanguage(FrontMatter fm) {
    String value = fm.text("language", "");
    if (!value.isEmpty() && !HtmlAllowlist.isLanguageTag(value)) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("language"), "`language: " + value + "` is not a BCP 47 language tag",
          languageCodeFor(value).map(code -> "did you mean `language: " + code + "`?")
              .orElse("write the tag, e.g. `fa` (Persian), `hy` (Armenian), `de`, `en-GB`, `zh-Hant`"));
      return "";
    }
    return value;
  }

  /** The ISO 639 code of a language written out by its English name ("Persian" → {@code fa}). */
  private static Optional<String> languageCodeFor(String name) {
    for (String code : java.util.Locale.getISOLanguages()) {
      if (new java.util.Locale(code).getDisplayLanguage(java.util.Locale.ENGLISH).equalsIgnoreCase(name.strip())) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  private String direction(FrontMatter fm, String language) {
    String value = fm.text("direction", "");
    if (value.equals("ltr") || value.equals("rtl")) {
      return value;
    }
    if (!value.isEmpty()) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("direction"), "`direction: " + value + "` is not a direction",
          "write `direction: rtl` or `direction: ltr`; by default it follows the language");
    }
    String primary = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
    boolean arabicScript = language.toLowerCase(java.util.Locale.ROOT).contains("-arab");
    return RIGHT_TO_LEFT.contains(primary.toLowerCase(java.util.Locale.ROOT)) || arabicScript ? "rtl" : "ltr";
  }

  private Optional<Note> note(ContentSet.NoteFile nf, Read r) {
    SourceFile f = nf.file();
    FrontMatter fm = r.fm();
    String id = idOf(f, fm);
    boolean unique = claim(id, f, fm);
    String textId = fm.text("text", nf.textId());
    if (!textId.equals(nf.textId())) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("text"), "note is in notes/" + nf.textId() + "/ but says `text: " + textId + "`",
          "move the file to notes/" + textId + "/ or remove the `text:` line");
    }
    boolean ok = require(fm, "kind") & require(fm, "quote");
    NoteKind kind = fm.text("kind").flatMap(NoteKind::parse).orElse(null);
    if (kind == null && fm.text("kind").isPresent()) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("kind"), "unknown note kind `" + fm.text("kind").get() + "`",
          "use margin, fact-check or editorial");
      ok = false;
    }
    Optional<Verdict> verdict = Optional.empty();
    if (kind == NoteKind.FACT_CHECK) {
      if (fm.text("verdict").isEmpty()) {
        diagnostics.error(Code.MISSING_VERDICT, fm.start(), "fact-check has no `verdict`",
            "add `verdict:` with one of: " + verdictList());
        ok = false;
      } else {
        verdict = Verdict.parse(fm.text("verdict").get());
        if (verdict.isEmpty()) {
          diagnostics.error(Code.INVALID_VERDICT, fm.valuePosOf("verdict"), "unknown verdict `" + fm.text("verdict").get() + "`",
              "use one of: " + verdictList());
          ok = false;
        }
      }
      String checked = fm.text("checked", "");
      if (!isDate(checked) && !fm.misspelt("checked")) {
        diagnostics.error(checked.isEmpty() ? Code.MISSING_KEY : Code.BAD_VALUE, checked.isEmpty() ? fm.start() : fm.valuePosOf("checked"),
            checked.isEmpty() ? "fact-check needs `checked:` as the date of the check (YYYY-MM-DD)"
                : "`checked` `" + checked + "` is not a calendar date of the form YYYY-MM-DD", "add e.g. `checked: 2026-11-22`");
        ok = false;
      }
    } else if (fm.text("verdict").isPresent()) {
      diagnostics.error(Code.INVALID_VERDICT, fm.posOf("verdict"), "only fact-checks carry a verdict",
          "set `kind: fact-check` or remove the verdict");
    }
    int occurrence = intValue(fm, "occurrence", 0);
    if (fm.text("occurrence").filter(s -> !s.isBlank()).isPresent() && occurrence < 1) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("occurrence"), "`occurrence` must be 1 or more, not " + occurrence,
          "count the matches of the quote from 1, or remove the line");
      ok = false;
    }
    Optional<Integer> line = Optional.empty();
    if (fm.text("line").filter(s -> !s.isBlank()).isPresent()) {
      int n = intValue(fm, "line", 0);
      if (n < 1) {
        diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("line"), "`line` must be a line number, 1 or more",
            "write the number shown beside the line, e.g. `line: 14`");
        ok = false;
      }
      line = Optional.of(n);
    }
    Markdown body = r.body();
    if (!ok || !unique) {
      return Optional.empty();
    }
    return Optional.of(new Note(id, textId, kind, fm.text("quote", ""), fm.text("paragraph").filter(s -> !s.isBlank()),
        line, occurrence, verdict, fm.text("claim", fm.text("quote", "")), fm.text("checked", ""), body, f.start(),
        fm.valuePosOf("quote"), line.isPresent() ? fm.valuePosOf("line")
            : fm.text("paragraph").isPresent() ? fm.valuePosOf("paragraph") : f.start()));
  }

  /** An entry of a text's apparatus criticus; its id is unique among the edition's variant entries. */
  private Optional<Variant> variant(ContentSet.NoteFile vf) {
    SourceFile f = vf.file();
    FrontMatter fm = FrontMatterReader.readHeader(f, VariantParser.VARIANT_KEYS, Map.of("readings", VariantParser.READING_KEYS),
        diagnostics);
    String id = idOf(f, fm);
    SourcePos pos = fm.text("id").isPresent() ? fm.valuePosOf("id") : f.start();
    SourcePos first = variantIds.putIfAbsent(id, pos);
    if (first != null) {
      diagnostics.error(Code.DUPLICATE_ID, pos, "variant id `" + abbreviate(id) + "` is already used by " + first,
          "variant entries are named by their file name across all texts: rename one of them");
      return Optional.empty();
    }
    String textId = fm.text("text", vf.textId());
    if (!textId.equals(vf.textId())) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("text"), "variant entry is in variants/" + vf.textId() + "/ but says `text: "
          + textId + "`", "move the file to variants/" + textId + "/ or remove the `text:` line");
    }
    Markdown comment = markdown.parse(f, withinNestingLimit(f, fm));
    return variants.variant(id, vf.textId(), fm, comment, f.start());
  }

  private Optional<Term> term(SourceFile f) {
    FrontMatter fm = FrontMatterReader.readHeader(f, TERM_KEYS, diagnostics);
    String id = idOf(f, fm);
    boolean unique = claim(id, f, fm);
    if (!require(fm, "term") || !unique) {
      return Optional.empty();
    }
    return Optional.of(new Term(id, fm.text("term", id), fm.list("aliases"), markdown.parse(f, withinNestingLimit(f, fm)), f.start()));
  }

  private Optional<Page> page(Read r) {
    SourceFile f = r.file();
    FrontMatter fm = r.fm();
    String id = idOf(f, fm);
    boolean unique = claimPage(f, fm, id);
    require(fm, "title");
    Markdown body = r.body();
    return unique ? Optional.of(new Page(id, fm.text("title", id), intValue(fm, "order", 100), body, f.start())) : Optional.empty();
  }

  private String idOf(SourceFile f, FrontMatter fm) {
    String name = f.path().substring(f.path().lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
    String id = fm.text("id", name);
    SourcePos pos = fm.text("id").isPresent() ? fm.valuePosOf("id") : f.start();
    if (!ID.matcher(id).matches()) {
      diagnostics.error(Code.BAD_VALUE, pos, "id `" + abbreviate(id) + "` is not a valid id",
          "use lowercase letters, digits and hyphens, e.g. `eco-summit-venue`");
    } else if (id.length() > MAX_ID_LENGTH) {
      diagnostics.error(Code.NAME_TOO_LONG, pos, "id `" + abbreviate(id) + "` has " + id.length() + " characters; at most "
          + MAX_ID_LENGTH + " are allowed", "ids become folder and file names: choose a shorter one with `id:`");
    }
    return id;
  }

  /** Takes {@code id} for this file; false (reported) if another file has it. Later stages never see the second. */
  private boolean claim(String id, SourceFile f, FrontMatter fm) {
    SourcePos pos = fm.text("id").isPresent() ? fm.valuePosOf("id") : f.start();
    SourcePos first = ids.putIfAbsent(id, pos);
    if (first != null) {
      diagnostics.error(Code.DUPLICATE_ID, pos, "id `" + abbreviate(id) + "` is already used by " + first,
          "ids of texts, notes, terms and pages share one namespace: rename one of them");
      return false;
    }
    return true;
  }

  /** As {@link #claim}, for a text or page, whose id is also the folder it is published in. */
  private boolean claimPage(SourceFile f, FrontMatter fm, String id) {
    if (RESERVED_IDS.contains(id)) {
      SourcePos pos = fm.text("id").isPresent() ? fm.valuePosOf("id") : f.start();
      diagnostics.error(Code.RESERVED_ID, pos, "id `" + id + "` is reserved for a page or folder the generator writes",
          "rename the file or set another `id:`; reserved: " + String.join(", ", RESERVED_IDS.stream().sorted().toList()));
      return false;
    }
    return claim(id, f, fm);
  }

  /** The front matter, or one with an empty body when the body nests deeper than the Markdown parser can take. */
  private FrontMatter withinNestingLimit(SourceFile f, FrontMatter fm) {
    Optional<NestingLimit.Violation> violation = NestingLimit.check(f.content().substring(fm.bodyOffset()));
    if (violation.isEmpty()) {
      return fm;
    }
    int line = f.posAt(fm.bodyOffset()).line() + violation.get().line() - 1;
    diagnostics.error(Code.NESTING_TOO_DEEP, new SourcePos(f.path(), line, 1), "Markdown nested too deep: " + violation.get().reason(),
        "flatten the block quotes or lists here; the body of this file is left out until then");
    return new FrontMatter(fm.fields(), fm.start(), f.content().length(), fm.broken(), fm.misspelt());
  }

  private static boolean isDate(String s) {
    if (!DATE.matcher(s).matches()) {
      return false;
    }
    try {
      java.time.LocalDate.parse(s);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  /** A value that may be shown as a link: refused (reported) if the URL policy does not allow it. */
  /** A statement or an address: prose ("Code: MIT. Texts: CC BY 4.0.") passes; a single token is checked as a URL. */
  private String safeText(FrontMatter fm, String key) {
    String value = fm.text(key, "");
    boolean prose = value.strip().contains(" ");
    Optional<String> problem = prose ? Optional.empty() : UrlPolicy.problem(value);
    if (problem.isPresent()) {
      diagnostics.error(Code.UNSAFE_URL, fm.valuePosOf(key), "`" + key + "` " + problem.get(),
          "write an http(s) address, or plain text without a scheme");
      return "";
    }
    return value;
  }

  private void checkNameLength(FrontMatter fm) {
    String title = fm.text("title", "");
    String version = fm.text("version", "");
    int length = Slug.ascii(title, "edition").length() + 1 + version.length() + ".epub".length();
    if (length > MAX_DOWNLOAD_NAME) {
      String key = title.length() >= version.length() ? "title" : "version";
      diagnostics.error(Code.NAME_TOO_LONG, fm.valuePosOf(key), "the download files are named after the title and version: `"
          + abbreviate(Slug.ascii(title, "edition")) + "` would make a file name of " + length + " characters (at most " + MAX_DOWNLOAD_NAME + ")",
          "shorten the `" + key + "`; a long title can continue in `subtitle`");
    }
  }

  private boolean require(FrontMatter fm, String key) {
    if (fm.text(key).filter(s -> !s.isBlank()).isPresent()) {
      return true;
    }
    if (!fm.broken()) {
      fm.reportMissing(diagnostics, key, "missing required key `" + key + "`", "add `" + key + ": ...` to the front matter");
    }
    return false;
  }

  private int intValue(FrontMatter fm, String key, int fallback) {
    Optional<String> v = fm.text(key);
    if (v.isEmpty() || v.get().isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.get().strip());
    } catch (NumberFormatException e) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf(key), "`" + key + "` must be a whole number", "write e.g. `" + key + ": 2`");
      return fallback;
    }
  }

  private String safeUrl(FrontMatter fm, String key) {
    String url = fm.text(key, "");
    Optional<String> problem = UrlPolicy.problem(url);
    if (problem.isPresent()) {
      diagnostics.error(Code.UNSAFE_URL, fm.valuePosOf(key), "`" + key + "` " + problem.get(), "write the full address, starting with https://");
      return "";
    }
    if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf(key), "`" + key + "` must be an http(s) URL", "write the full address, starting with https://");
      return "";
    }
    return url;
  }

  private static String verdictList() {
    return String.join(", ", java.util.Arrays.stream(Verdict.values()).map(Verdict::key).toList());
  }
}
