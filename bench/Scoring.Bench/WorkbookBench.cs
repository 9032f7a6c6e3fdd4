using Scoring.Engine.Registry;
using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Engine.Evaluation;

namespace Scoring.Bench;

/// <summary>Row 3: parse + validate + score one uploaded 60-item workbook vs opening the same bytes with EPPlus and reading its cells.</summary>
internal static class WorkbookBench
{
    public static byte[] Workbook(BenchContext ctx, Scoring.Engine.Submissions.Submission s) =>
        WorkbookTemplate.Write(new TemplateRequest(ctx.Compiled, s.GroupCode, s.AgencyCode, s.AgencyName, s));

    public static void Run(BenchContext ctx, List<Row> rows, List<string> notes)
    {
        var compiled = ctx.Compiled;
        var s = Inputs.Submissions(compiled, 1)[0];
        var bytes = Workbook(ctx, s);
        var registry = new Dictionary<string, AgencyInfo>(StringComparer.Ordinal) { [s.AgencyCode] = new AgencyInfo(s.AgencyCode, s.AgencyName!, s.GroupCode) };
        var check = WorkbookReader.Read(bytes, "dv-00000.xlsx", compiled, registry);
        if (!check.IsValid)
        {
            throw new InvalidOperationException("Generated workbook is not valid: " + string.Join("; ", check.Problems));
        }
        var fromFile = compiled.Scorer.Evaluate(check.Submission!);
        var inMemory = compiled.Scorer.Evaluate(s);
        notes.Add($"Row 3: one generated {bytes.Length / 1024.0:N1} KiB workbook (WorkbookTemplate prefilled with agency dv-00000's answers); scored from the file it totals {fromFile.Total} ({fromFile.ClassName}), the same as in memory ({inMemory.Total}).");
        if (fromFile.Total != inMemory.Total)
        {
            throw new InvalidOperationException("Workbook round trip changed the total.");
        }

        var full = new List<double>();
        var bare = new List<double>();
        var cells = 0;
        for (var i = 0; i < 5; i++)
        {
            Full();
            cells = Bare();
        }
        // Interleave the two so that drift affects both alike.
        for (var i = 0; i < 41; i++)
        {
            full.Add(Measure.Once(Full));
            bare.Add(Measure.Once(() => Bare()));
        }
        var fullMs = Measure.MedianOf(full) * 1000;
        var bareMs = Measure.MedianOf(bare) * 1000;
        rows.Add(new Row("3", "parse + validate + score one uploaded 60-item workbook (WorkbookReader.Read + Scorer.Evaluate)",
            $"median {fullMs:N2} ms (p90 {Measure.Percentile(full, 0.9) * 1000:N2})", $"EPPlus open + read every cell ({cells:N0} values): median {bareMs:N2} ms",
            $"{fullMs / bareMs:N2}× the bare read", "median ≤ 20 ms; ≤ 2× bare read", ScoringBench.Met(fullMs <= 20 && fullMs / bareMs <= 2)));
        if (fullMs / bareMs > 2 || fullMs > 20)
        {
            var stamp = Measure.MedianOf(Enumerable.Range(0, 21).Select(_ => Measure.Once(() => WorkbookReader.Read(bytes, "x.xlsx", compiled, registry))));
            var score = Measure.Median(() => compiled.Scorer.Evaluate(check.Submission!), 100, 201);
            notes.Add($"Row 3 breakdown: WorkbookReader.Read alone {stamp * 1000:N2} ms, Scorer.Evaluate alone {score * 1000:N3} ms.");
        }

        void Full()
        {
            var read = WorkbookReader.Read(bytes, "dv-00000.xlsx", compiled, registry);
            _ = compiled.Scorer.Evaluate(read.Submission!);
        }

        int Bare()
        {
            var n = 0;
            using var package = new ExcelPackage(new MemoryStream(bytes, writable: false));
            foreach (var sheet in package.Workbook.Worksheets)
            {
                if (sheet.Dimension is not { } dim)
                {
                    continue;
                }
                for (var r = dim.Start.Row; r <= dim.End.Row; r++)
                {
                    for (var c = dim.Start.Column; c <= dim.End.Column; c++)
                    {
                        if (sheet.Cells[r, c].Value is not null)
                        {
                            n++;
                        }
                    }
                }
            }
            return n;
        }
    }
}
