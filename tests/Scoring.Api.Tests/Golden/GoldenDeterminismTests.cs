using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Golden;

public class GoldenDeterminismTests
{
    public static TheoryData<string> ShippedIds() => [.. Criteria.ShippedIds];

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void ResultJson_EverySample_ByteIdenticalAcrossRunsAndAnswerOrder(string version)
    {
        // Arrange
        var criteria = Criteria.Shipped(version);

        // Act / Assert
        foreach (var agency in GoldenSample.Agencies(version))
        {
            GoldenSample.AssertDeterministic(criteria, agency);
        }
    }
}
