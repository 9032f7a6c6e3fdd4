namespace Scoring.Engine.Evaluation;

/// <summary>One input an item or rule used: its name, value and, for a level or yes/no, its text.</summary>
public readonly record struct UsedInput(string Name, decimal Value, string? Text);
