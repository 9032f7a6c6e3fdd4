using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Scoring.Api.Reports;

/// <summary>Makes a PDFsharp file depend only on its content: the font subsets' random tags become tags in order of appearance, and the
/// document's identifiers (the trailer's /ID, the XMP document and instance ids) become a hash of the content. Every replacement keeps its
/// length, so the cross-reference offsets stay true.</summary>
internal static partial class StablePdf
{
    public static byte[] Normalize(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        text = SubsetTag().Replace(text, m =>
        {
            if (!tags.TryGetValue(m.Groups[2].Value, out var stable))
            {
                stable = "SCOR" + (char)('A' + tags.Count / 26) + (char)('A' + tags.Count % 26);
                tags[m.Groups[2].Value] = stable;
            }
            return $"/{m.Groups[1].Value}/{stable}+";
        });
        var blank = Uuid().Replace(TrailerId().Replace(text, m => m.Value.Replace(m.Groups[1].Value, new string('0', 32), StringComparison.Ordinal)),
            "uuid:00000000-0000-0000-0000-000000000000");
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(blank)));
        var id = hash[..32];
        var uuid = $"uuid:{hash[..8]}-{hash[8..12]}-{hash[12..16]}-{hash[16..20]}-{hash[20..32]}".ToLowerInvariant();
        text = TrailerId().Replace(text, m => m.Value.Replace(m.Groups[1].Value, id, StringComparison.Ordinal));
        text = Uuid().Replace(text, uuid);
        return Encoding.Latin1.GetBytes(text);
    }

    [GeneratedRegex("/(FontName|BaseFont)/([A-Z]{6})\\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex("<([0-9A-F]{32})>")]
    private static partial Regex TrailerId();

    [GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();
}
