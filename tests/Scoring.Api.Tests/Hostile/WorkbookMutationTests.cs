using FsCheck;
using FsCheck.Xunit;
using Scoring.Api.Spreadsheets;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;

namespace Scoring.Api.Tests.Hostile;

/// <summary>Random byte flips anywhere in a valid workbook (headers, directory, compressed data): a reading or problems, never an exception.</summary>
public class WorkbookMutationTests
{
    private static readonly CompiledCriteria C = Criteria.Shipped("mau-2024");

    [Property(MaxTest = 1000)]
    public bool Read_SampleWithRandomByteFlips_ValidOrProblemsNeverThrows(int seed, PositiveInt flips)
    {
        var random = new Random(seed);
        var bytes = (byte[])HostileFiles.Sample.Clone();
        for (var i = 0; i < 1 + (flips.Get % 8); i++)
        {
            // Half the flips land in the last kilobytes (central directory and end record), where one byte changes the most.
            var at = random.Next(2) == 0 ? random.Next(bytes.Length) : bytes.Length - 1 - random.Next(Math.Min(4096, bytes.Length));
            bytes[at] ^= (byte)(1 << random.Next(8));
        }

        var upload = WorkbookReader.Read(bytes, "dot-bien.xlsx", C);

        return upload.IsValid ? upload.Problems.Count == 0 : upload.Submission is null && upload.Problems.Count > 0
            && upload.Problems.All(p => !string.IsNullOrWhiteSpace(p.Message));
    }
}
