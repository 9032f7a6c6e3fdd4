using System.Globalization;
using System.Text;
using System.Text.Json;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Api.Storage;

/// <summary>The parsed answers of a revision as stored (canonical JSON: codes in order, decimals as invariant strings), and back.</summary>
public static class SubmissionJson
{
    /// <summary>Serialises the answers, inputs, agency, group and agency name of a submission (appraisals are stored apart).</summary>
    public static string Write(Submission s)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("agency", s.AgencyCode);
            w.WriteString("name", s.AgencyName);
            w.WriteString("group", s.GroupCode);
            w.WriteString("notAssessed", s.NotAssessedReason);
            w.WriteStartObject("answers");
            foreach (var (code, a) in s.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                w.WriteStartObject(code);
                w.WriteString("value", a.Value is { } v ? Num.Invariant(v) : null);
                w.WriteString("level", a.Level);
                w.WriteBoolean("notApplicable", a.NotApplicable);
                w.WriteString("evidence", a.Evidence);
                w.WriteString("explanation", a.Explanation);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartObject("inputs");
            foreach (var (code, v) in s.Inputs.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                w.WriteString(code, Num.Invariant(v));
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a stored submission back (without appraisals).</summary>
    public static Submission Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var p in root.GetProperty("answers").EnumerateObject())
        {
            var a = p.Value;
            answers[p.Name] = new Answer(Dec(a.GetProperty("value").GetString()), a.GetProperty("level").GetString(),
                a.GetProperty("notApplicable").GetBoolean(), a.GetProperty("evidence").GetString(), a.GetProperty("explanation").GetString());
        }
        var inputs = root.GetProperty("inputs").EnumerateObject().ToDictionary(p => p.Name, p => Dec(p.Value.GetString())!.Value, StringComparer.Ordinal);
        return new Submission(root.GetProperty("agency").GetString()!, root.GetProperty("name").GetString(), root.GetProperty("group").GetString()!,
            answers, inputs, root.GetProperty("notAssessed").GetString());
    }

    private static decimal? Dec(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
