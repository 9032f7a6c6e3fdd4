using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Storage;

/// <summary>A rejected revision's errors as stored: a JSON array of <c>{where, code, message}</c>, in the order found.</summary>
public static class ProblemJson
{
    /// <summary>Serialises problems (Vietnamese text kept readable, not escaped).</summary>
    public static string Write(IEnumerable<Problem> problems)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var p in problems)
            {
                w.WriteStartObject();
                w.WriteString("where", p.Where);
                w.WriteString("code", p.Code);
                w.WriteString("message", p.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads stored problems back (none for null).</summary>
    public static IReadOnlyList<Problem> Read(string? json)
    {
        if (json is null)
        {
            return [];
        }
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(e =>
            new Problem(e.GetProperty("where").GetString()!, e.GetProperty("code").GetString(), e.GetProperty("message").GetString()!))];
    }
}
