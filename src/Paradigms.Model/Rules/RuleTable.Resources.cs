using System.Globalization;

namespace Paradigms.Model.Rules;

/// <summary>The resource-model rules: a loss outside 0–100 % (PM0010) and a wasm32 memory above 4 GiB (PM0011).</summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
static partial class RuleTable
{
    /// <summary>The bytes of one GiB, for the wasm32 limit's message.</summary>
    private const double BytesPerGibibyte = 1024.0 * 1024 * 1024;

    /// <summary>Checks a loss given to an IO or storage equation (PM0010): from 0 % up to but not including 100 %.</summary>
    /// <param name="parameter">The parameter's name, for the message, for example <c>throughputLoss</c>.</param>
    /// <param name="percent">The loss, in percent.</param>
    /// <returns>The finding, or null when the loss is from 0 % to below 100 %.</returns>
    public static RuleFinding? CheckLoss(string parameter, double percent) =>
        percent is >= 0 and < 100
            ? null
            : new RuleFinding(LossOutOfRange, parameter, Percent(percent), "0 % or more and below 100 % (a loss of 100 % leaves nothing to compare)");

    /// <summary>Checks a memory a Wasm module needs against what a wasm32 linear memory can hold (PM0011).</summary>
    /// <param name="parameter">The parameter's name, for the message, for example <c>memoryRequest</c>.</param>
    /// <param name="bytes">The memory, in bytes.</param>
    /// <returns>The finding, or null when the memory fits in 65,536 pages of 64 KiB.</returns>
    public static RuleFinding? CheckWasm32Memory(string parameter, double bytes) =>
        bytes <= (double)ProtocolLimits.MaximumWasm32Pages * ProtocolLimits.WasmPageBytes
            ? null
            : new RuleFinding(Wasm32MemoryTooLarge, parameter, Gibibytes(bytes), "at most 4 GiB, " + Wasm32Pages);

    /// <summary>Checks a number of wasm32 linear-memory pages (PM0011).</summary>
    /// <param name="parameter">The parameter's name, for the message, for example <c>pages</c>.</param>
    /// <param name="pages">The number of 64 KiB pages.</param>
    /// <returns>The finding, or null when the count is from 0 to 65,536.</returns>
    public static RuleFinding? CheckWasm32Pages(string parameter, long pages) =>
        pages is >= 0 and <= ProtocolLimits.MaximumWasm32Pages
            ? null
            : new RuleFinding(Wasm32MemoryTooLarge, parameter, pages.ToString(CultureInfo.InvariantCulture), Wasm32Pages);

    /// <summary>The wasm32 limit, as the messages state it.</summary>
    private static string Wasm32Pages =>
        "0 to " + ProtocolLimits.MaximumWasm32Pages.ToString(CultureInfo.InvariantCulture) + " pages of "
        + ProtocolLimits.WasmPageBytes.ToString(CultureInfo.InvariantCulture) + " bytes (wasm32)";

    private static string Percent(double percent) => percent.ToString("0.####", CultureInfo.InvariantCulture) + " %";

    private static string Gibibytes(double bytes) => (bytes / BytesPerGibibyte).ToString("0.####", CultureInfo.InvariantCulture) + " GiB";
}
