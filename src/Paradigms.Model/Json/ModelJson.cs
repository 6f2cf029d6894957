using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Paradigms.Model.Decisions;
using Paradigms.Model.Json.Documents;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Json;

/// <summary>
/// Writes and reads the model as JSON, in the model-file format (docs/model-files.md): enum members
/// by their C# names, quantities as text with their units (<c>"10 Gbit/s"</c>, <c>"4 GiB"</c>),
/// absent values left out. What <c>Serialize</c> writes, the matching <c>Deserialize</c> reads back
/// to an equal value.
/// </summary>
/// <remarks>
/// <para>
/// Writing goes through a source-generated System.Text.Json context (no reflection, trim-safe),
/// indented, with non-ASCII characters such as <c>μ</c> written as themselves.
/// </para>
/// <para>
/// Reading runs the checks of <see cref="ModelFileReader"/> on the one value and throws
/// <see cref="InvalidModelFileException"/>, a <see cref="JsonException"/> carrying the path, line and
/// column of each error, when the JSON has an input error or the model breaks an error rule. Warnings
/// do not throw; read with <see cref="ModelFileReader"/> to see them. Thread-safe.
/// </para>
/// </remarks>
public static class ModelJson
{
    private static readonly ModelJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes a model file.</summary>
    /// <param name="file">The model file.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentException">A name, driver or the schema holds an unpaired UTF-16 surrogate, which UTF-8 cannot hold.</exception>
    public static string Serialize(ModelFile file) =>
        JsonSerializer.Serialize(Documents.Documents.From(Preconditions.NotNull(file, nameof(file))), Context.ModelFileDocument);

    /// <summary>Writes a deployment.</summary>
    /// <param name="deployment">The deployment.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deployment"/> is null.</exception>
    /// <exception cref="ArgumentException">The uplink's driver holds an unpaired UTF-16 surrogate, which UTF-8 cannot hold.</exception>
    public static string Serialize(Deployment deployment) =>
        JsonSerializer.Serialize(Documents.Documents.From(Preconditions.NotNull(deployment, nameof(deployment))), Context.DeploymentDocument);

    /// <summary>Writes a NIC.</summary>
    /// <param name="nic">The NIC.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nic"/> is null.</exception>
    public static string Serialize(Nic nic) =>
        JsonSerializer.Serialize(Documents.Documents.From(Preconditions.NotNull(nic, nameof(nic))), Context.NicDocument);

    /// <summary>Writes a logical channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    public static string Serialize(LogicalChannel channel) =>
        JsonSerializer.Serialize(Documents.Documents.From(Preconditions.NotNull(channel, nameof(channel))), Context.ChannelDocument);

    /// <summary>Writes a physical NIC.</summary>
    /// <param name="nic">The physical NIC.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nic"/> is null.</exception>
    /// <exception cref="ArgumentException">The driver holds an unpaired UTF-16 surrogate, which UTF-8 cannot hold.</exception>
    public static string Serialize(PhysicalNic nic) =>
        JsonSerializer.Serialize(Documents.Documents.From(Preconditions.NotNull(nic, nameof(nic))), Context.PhysicalNicDocument);

    /// <summary>Writes an encapsulation stack.</summary>
    /// <param name="stack">The stack.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stack"/> is null.</exception>
    public static string Serialize(EncapsulationStack stack) =>
        JsonSerializer.Serialize(Documents.Documents.From(Preconditions.NotNull(stack, nameof(stack))), Context.EncapsulationDocument);

    /// <summary>Writes a workload.</summary>
    /// <param name="workload">The workload.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null.</exception>
    public static string Serialize(Workload workload) =>
        JsonSerializer.Serialize(Documents.Documents.From(Preconditions.NotNull(workload, nameof(workload))), Context.WorkloadDocument);

    /// <summary>Writes requirements, every condition true or false.</summary>
    /// <param name="requirements">The requirements.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirements"/> is null.</exception>
    public static string Serialize(Requirements requirements) =>
        JsonSerializer.Serialize(Documents.Documents.From(Preconditions.NotNull(requirements, nameof(requirements))), Context.RequirementsDocument);

    /// <summary>Reads a model file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidModelFileException">The JSON has an input error or breaks an error rule.</exception>
    public static ModelFile DeserializeModelFile(string json) => Deserialize(json, "model file", (binder, root) => binder.ModelFile(root));

    /// <summary>Reads a deployment (without a name: that belongs to a model file's entry).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The deployment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidModelFileException">The JSON has an input error or breaks an error rule.</exception>
    public static Deployment DeserializeDeployment(string json) => Deserialize(json, "deployment", (binder, root) => binder.Deployment(root, null));

    /// <summary>Reads a NIC. No paradigm is known, so only the NIC's own rules (PM0004) are checked.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The NIC.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidModelFileException">The JSON has an input error or breaks an error rule.</exception>
    public static Nic DeserializeNic(string json) => Deserialize(json, "NIC", (binder, root) => binder.Nic(root, null, null));

    /// <summary>Reads a logical channel. No paradigm is known, so only the channel's own rules (PM0004) are checked.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidModelFileException">The JSON has an input error or breaks an error rule.</exception>
    public static LogicalChannel DeserializeChannel(string json) => Deserialize(json, "channel", (binder, root) => binder.Channel(root, null, null));

    /// <summary>Reads a physical NIC.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The physical NIC.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidModelFileException">The JSON has an input error or breaks an error rule.</exception>
    public static PhysicalNic DeserializePhysicalNic(string json) => Deserialize(json, "physical NIC", (binder, root) => binder.Uplink(root, null));

    /// <summary>Reads an encapsulation stack.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The stack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidModelFileException">The JSON has an input error or breaks an error rule.</exception>
    public static EncapsulationStack DeserializeEncapsulationStack(string json) => Deserialize(json, "encapsulation stack", (binder, root) => binder.Encapsulation(root, null));

    /// <summary>Reads a workload.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The workload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidModelFileException">The JSON has an input error or breaks an error rule.</exception>
    public static Workload DeserializeWorkload(string json) => Deserialize(json, "workload", (binder, root) => binder.Workload(root, null));

    /// <summary>Reads requirements; a condition left out is false.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The requirements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidModelFileException">The JSON has an input error.</exception>
    public static Requirements DeserializeRequirements(string json) => Deserialize(json, "requirements object", (binder, root) => binder.Requirements(root, null));

    private static T Deserialize<T>(string json, string what, Func<ModelBinder, LocatedJson, T?> bind)
        where T : class
    {
        Preconditions.NotNull(json, nameof(json));
        var bag = new DiagnosticBag(null);
        var value = ModelFileReader.Read(json, bag, bind);
        var diagnostics = bag.ToImmutable();
        return bag.ErrorCount == 0 && value is not null
            ? value
            : throw new InvalidModelFileException(what, diagnostics);
    }
}
