using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Paradigms.Model.Cli.Json;

/// <summary>Writes the command's answers as JSON, with <see cref="CliJsonContext"/>.</summary>
internal static class CliJson
{
    /// <summary>
    /// Gets the context: indented, camelCase, and with the documents' characters (μ, §, –, Chinese) written as they are
    /// rather than as \u escapes. The output is read by programs and people, never embedded in HTML.
    /// </summary>
    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serializes a result.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="value">The result.</param>
    /// <param name="info">Its contract, from <see cref="Context"/>.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Serialize<T>(T value, JsonTypeInfo<T> info) => JsonSerializer.Serialize(value, info) + "\n";
}
