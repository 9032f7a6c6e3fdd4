using System.IO.Compression;
using System.Xml;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>An uploaded .xlsx read without a spreadsheet library, after the upload guard has checked it: the parts are taken from the
/// zip's central directory, as the guard read them (so what it checked is what is parsed), each inflated to exactly its declared size or
/// refused, with XML document types prohibited. Only the parts a reading needs are parsed: the workbook, its relationships, the styles,
/// the shared texts and the sheets asked for. A damaged zip fails with <see cref="InvalidDataException"/>, a part that is not what it should be with <see cref="XmlException"/> or
/// <see cref="FormatException"/>.</summary>
internal sealed class UploadedWorkbook : IDisposable
{
    private const string WorkbookPart = "xl/workbook.xml";
    private const string WorkbookRels = "xl/_rels/workbook.xml.rels";
    private const string RelationshipNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly long _maxPart;
    private readonly List<(string Name, string Part)> _sheets = [];
    private List<string> _strings = [];
    private CellStyles _styles = CellStyles.None;
    private bool _date1904;

    private UploadedWorkbook(ZipArchive archive, long maxPart)
    {
        (_archive, _maxPart) = (archive, maxPart);
        _entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
        {
            if (!_entries.TryAdd(entry.FullName, entry))
            {
                throw new FormatException("Two parts have the same name.");
            }
        }
    }

    /// <summary>Opens a checked upload and reads its workbook part, relationships, styles and shared texts; no part may inflate to more
    /// than <paramref name="maxPart"/> bytes.</summary>
    public static UploadedWorkbook Open(byte[] bytes, long maxPart)
    {
        var book = new UploadedWorkbook(new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read), maxPart);
        try
        {
            book.Load();
            return book;
        }
        catch
        {
            book.Dispose();
            throw;
        }
    }

    /// <summary>The cells of the sheet with this name (compared ignoring case, as Excel does), or null when the workbook has none.</summary>
    public SheetCells? Sheet(string name)
    {
        var found = _sheets.FindLast(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        if (found.Part is null)
        {
            return null;
        }
        using var reader = Xml(found.Part);
        return SheetCells.Read(reader, _strings, _styles, _date1904);
    }

    private void Load()
    {
        var targets = new Dictionary<string, (string Type, string Part)>(StringComparer.Ordinal);
        using (var rels = Xml(WorkbookRels))
        {
            while (rels.Read())
            {
                if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") is { } id
                    && rels.GetAttribute("TargetMode") != "External" && rels.GetAttribute("Target") is { } target)
                {
                    targets[id] = (rels.GetAttribute("Type") ?? "", Resolve(target));
                }
            }
        }
        using (var workbook = Xml(WorkbookPart))
        {
            while (workbook.Read())
            {
                if (workbook.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if (workbook.LocalName == "workbookPr")
                {
                    _date1904 = workbook.GetAttribute("date1904") is "1" or "true";
                }
                else if (workbook.LocalName == "sheet" && workbook.GetAttribute("name") is { } name
                    && workbook.GetAttribute("id", RelationshipNs) is { } id && targets.TryGetValue(id, out var sheet))
                {
                    _sheets.Add((name, sheet.Part));
                }
            }
        }
        if (Part(targets, "/styles") is { } styles)
        {
            using var reader = Xml(styles);
            _styles = CellStyles.Read(reader);
        }
        if ((Part(targets, "/sharedStrings") ?? (_entries.ContainsKey("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : null)) is { } strings)
        {
            using var reader = Xml(strings);
            _strings = SharedStrings.Read(reader);
        }
    }

    private static string? Part(Dictionary<string, (string Type, string Part)> targets, string typeEnd) =>
        targets.Values.FirstOrDefault(t => t.Type.EndsWith(typeEnd, StringComparison.Ordinal)).Part;

    /// <summary>A relationship target of the workbook as a part name: relative to xl/, or absolute from the package root.</summary>
    private static string Resolve(string target)
    {
        var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("" or "."))
            {
                parts.Add(segment);
            }
        }
        return string.Join('/', parts);
    }

    /// <summary>A part's XML, from its bytes inflated to exactly the size the central directory declares.</summary>
    private XmlReader Xml(string part)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            throw new FormatException($"The part {part} is missing.");
        }
        if (entry.Length > _maxPart)
        {
            throw new InvalidDataException($"The part {part} is too large.");
        }
        var bytes = new byte[entry.Length];
        using (var stream = entry.Open())
        {
            if (stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) != bytes.Length || stream.ReadByte() != -1)
            {
                throw new InvalidDataException($"The part {part} does not inflate to its declared size.");
            }
        }
        return XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
    };

    /// <inheritdoc/>
    public void Dispose() => _archive.Dispose();
}
