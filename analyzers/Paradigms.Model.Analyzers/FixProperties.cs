namespace Paradigms.Model.Analyzers;

/// <summary>
/// The property a diagnostic carries when one obvious fix exists, and its values; the code fixes
/// read it and offer nothing when it is absent. The analyzer sets it only once every condition of
/// the fix holds (the fixed model breaks no other error rule).
/// </summary>
internal static class FixProperties
{
    /// <summary>The key of the property.</summary>
    public const string Key = "Fix";

    /// <summary>PM0001 on a Wasm sandbox: replace the NIC with <c>Nic.WasiSocket()</c>.</summary>
    public const string UseWasiSocket = "UseWasiSocket";

    /// <summary>PM0003, a paravirtual NIC under full virtualization: change the paradigm (the additional location) to <c>Paradigm.Paravirtualization</c>.</summary>
    public const string UseParavirtualization = "UseParavirtualization";

    /// <summary>PM0006, half duplex at 10 Gbit/s or more: change the duplex mode to <c>DuplexMode.Full</c>.</summary>
    public const string UseFullDuplex = "UseFullDuplex";
}
