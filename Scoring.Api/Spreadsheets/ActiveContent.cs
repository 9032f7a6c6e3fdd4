using System.Buffers.Binary;
using System.IO.Compression;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Spreadsheets;

/// <summary>Parts a self-scoring workbook never needs and that act when the file is opened by staff: links to other files, data
/// connections that refresh on load, embedded objects and ActiveX controls, pivot caches; and images that declare more pixels than any
/// screen shows (a viewer would allocate them). Each is refused by name, in Vietnamese.</summary>
internal static class ActiveContent
{
    /// <summary>The most pixels an image may declare (about 8,000 × 5,000).</summary>
    internal const long MaxPixels = 40_000_000;

    /// <summary>Adds one problem naming every kind of active content found, and one per oversized image.</summary>
    public static void Check(ZipArchive archive, string where, List<Problem> problems, OfficePackage kind)
    {
        var found = archive.Entries
            .SelectMany(e => kind.Refused.Where(r => e.FullName.StartsWith(r.Prefix, StringComparison.OrdinalIgnoreCase)).Select(r => r.What))
            .Distinct().ToList();
        if (kind.RefuseExternal && archive.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).Any(External))
        {
            found.Add("liên kết tới tệp hoặc mẫu bên ngoài (external relationship)");
        }
        if (found.Count > 0)
        {
            problems.Add(new Problem(where, null, UploadMessages.ActiveContent(found)));
        }
        foreach (var image in archive.Entries.Where(e => e.FullName.StartsWith(kind.Folder + "media/", StringComparison.OrdinalIgnoreCase)))
        {
            if (Dimensions(image) is { } size && (long)size.Width * size.Height > MaxPixels)
            {
                problems.Add(new Problem(where, null, UploadMessages.HugeImage(image.FullName, size.Width, size.Height)));
            }
        }
    }

    /// <summary>Whether a relationships part points outside the package for anything but a hyperlink (a remote template, an object).</summary>
    private static bool External(ZipArchiveEntry rels)
    {
        using var stream = rels.Open();
        using var reader = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("TargetMode") == "External" && reader.GetAttribute("Type")?.EndsWith("/hyperlink", StringComparison.Ordinal) != true)
                {
                    return true;
                }
            }
        }
        catch (System.Xml.XmlException)
        {
            // A part that is not well-formed is refused by the XML scan.
        }
        return false;
    }

    /// <summary>The width and height a PNG, GIF or JPEG declares in its header, or null when it is none of them.</summary>
    private static (int Width, int Height)? Dimensions(ZipArchiveEntry image)
    {
        using var stream = image.Open();
        var head = new byte[64 * 1024];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, length);
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ((int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(bytes[16..])), (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(bytes[20..])));
        }
        if (bytes.Length >= 10 && bytes[..3].SequenceEqual("GIF"u8))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]));
        }
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            // JPEG: walk the segments to a start-of-frame marker, which holds height then width.
            var at = 2;
            while (at + 9 < bytes.Length && bytes[at] == 0xFF)
            {
                var marker = bytes[at + 1];
                var segment = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    return (BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
                }
                at += 2 + segment;
            }
        }
        return null;
    }
}
