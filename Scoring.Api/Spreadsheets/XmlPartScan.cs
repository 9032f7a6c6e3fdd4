using System.IO.Compression;
using System.Text;
using System.Xml;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Spreadsheets;

/// <summary>
/// The XML half of <see cref="ZipInspection"/>: streams every XML part once, before anything parses the file, with document
/// type definitions prohibited (no entity expansion, no external resources) and a bounded number of characters; counts
/// the rows of every worksheet and stops as soon as a sheet has more than the limit. Memory stays bounded: nothing is
/// kept but a small read buffer.
/// </summary>
internal static class XmlPartScan
{
    /// <summary>How much of a part is searched for a DOCTYPE when its XML cannot be read.</summary>
    private const int DoctypePrefix = 64 * 1024;

    private const string Worksheets = "xl/worksheets/";

    /// <summary>Adds a problem for each XML part that declares a DOCTYPE, is not well-formed, or is a sheet with too many rows.</summary>
    internal static void Scan(ZipArchive archive, string where, UploadLimits limits, List<Problem> problems)
    {
        foreach (var entry in archive.Entries.Where(IsXml))
        {
            try
            {
                var rows = ReadPart(entry, limits);
                if (rows > limits.MaxRows)
                {
                    problems.Add(new Problem(where, null, UploadMessages.TooManyRows(entry.FullName, limits.MaxRows)));
                    return;
                }
            }
            catch (XmlException)
            {
                problems.Add(new Problem(where, null, HasDoctype(entry) ? UploadMessages.Doctype(entry.FullName) : UploadMessages.Corrupt));
                return;
            }
        }
    }

    private static bool IsXml(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a part through; returns the rows of a worksheet (0 for other parts), stopping one past the limit.</summary>
    private static int ReadPart(ZipArchiveEntry entry, UploadLimits limits)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxUncompressedBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        var sheet = entry.FullName.StartsWith(Worksheets, StringComparison.OrdinalIgnoreCase);
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, settings);
        var rows = 0;
        while (reader.Read())
        {
            if (sheet && reader.NodeType == XmlNodeType.Element && reader.LocalName == "row" && ++rows > limits.MaxRows)
            {
                return rows;
            }
        }
        return rows;
    }

    /// <summary>Whether the first bytes of a part declare a document type (the only place XML allows one).</summary>
    private static bool HasDoctype(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[DoctypePrefix];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return Encoding.UTF8.GetString(buffer, 0, read).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return false;
        }
    }
}
