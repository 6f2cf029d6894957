using System.Collections.Generic;

namespace Paradigms.Model.Cli.Json;

/// <summary>The answer of <c>paradigms chart</c>: what was drawn, and where.</summary>
/// <param name="Chart">The chart: <c>compare</c>, <c>latency</c> or <c>memory</c>.</param>
/// <param name="Path">The file written.</param>
/// <param name="ImageFormat"><c>png</c> or <c>svg</c>.</param>
/// <param name="Width">The image's width, in pixels.</param>
/// <param name="Height">The image's height, in pixels.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="ValueAxis">The value axis's label, with its unit.</param>
/// <param name="Series">The ranges drawn, one series per figure.</param>
internal sealed record ChartResult(string Chart, string Path, string ImageFormat, int Width, int Height, string Title, string ValueAxis, IReadOnlyList<ChartSeriesJson> Series);

/// <summary>A series drawn.</summary>
/// <param name="Name">The figure.</param>
/// <param name="Values">One range per paradigm.</param>
internal sealed record ChartSeriesJson(string Name, IReadOnlyList<ParadigmValueJson> Values);
