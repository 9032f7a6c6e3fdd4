using System.Reflection;
using PdfSharp.Fonts;

namespace Scoring.Api.Reports;

/// <summary>The PDFs' one font: Liberation Serif (regular, bold, italic) from this assembly's resources, whatever the family asked for, so
/// that no machine needs a font installed and every Vietnamese letter is drawn. Registered with PDFsharp once per process.</summary>
internal sealed class DocumentFonts : IFontResolver
{
    /// <summary>The family name the documents ask for.</summary>
    public const string Family = "Liberation Serif";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Makes PDFsharp use these fonts (idempotent, thread-safe).</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                GlobalFontSettings.FontResolver = new DocumentFonts();
                _registered = true;
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "LiberationSerif-Bold" : italic ? "LiberationSerif-Italic" : "LiberationSerif-Regular");

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in Scoring.Api.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
