using System;
using System.IO;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Drs;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Returns the device to its factory state: deregisters it from DRS when online (so the
    /// customer's account no longer lists it), then wipes the tokens and every slot's stored phase.
    /// The wipes happen whatever DRS said: a device being reset must not keep a grant.
    /// </summary>
    public sealed class FactoryReset
    {
        private readonly DrsClient _drs;
        private readonly TokenVault _vault;
        private readonly EpisodeStore _store;
        private readonly ILog _log;

        /// <summary>Creates the reset.</summary>
        /// <param name="drs">The DRS client (for the deregistration).</param>
        /// <param name="vault">The token store.</param>
        /// <param name="store">The slots' stored phases.</param>
        /// <param name="log">Where the steps are reported.</param>
        public FactoryReset(DrsClient drs, TokenVault vault, EpisodeStore store, ILog log)
        {
            if (drs == null || vault == null || store == null || log == null)
            {
                throw new ArgumentNullException(drs == null ? "drs" : (vault == null ? "vault" : (store == null ? "store" : "log")));
            }

            _drs = drs;
            _vault = vault;
            _store = store;
            _log = log;
        }

        /// <summary>Runs the reset.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="online">True when the network is up: deregister first.</param>
        /// <returns>True when DRS confirmed the deregistration (or said the device already was deregistered).</returns>
        /// <exception cref="IOException">A wipe failed (both were attempted); run the reset again.</exception>
        public bool Run(DateTime now, bool online)
        {
            bool deregistered = false;
            if (online)
            {
                try
                {
                    _drs.Deregister(now);
                    deregistered = true;
                }
                catch (DrsException e)
                {
                    deregistered = e.Failure == DrsFailure.Deregistered;
                    if (!deregistered)
                    {
                        _log.Warn("factory reset: DRS deregistration failed (" + e.Message + "): the customer can remove the device in their Amazon account");
                    }
                }
            }
            else
            {
                _log.Warn("factory reset while offline: not deregistered from DRS; the customer can remove the device in their Amazon account");
            }

            Exception failure = null;
            try
            {
                _vault.Wipe();
            }
            catch (Exception e)
            {
                failure = e;
                _log.Error("factory reset: tokens not wiped (" + e.Message + ")");
            }

            try
            {
                _store.Wipe();
            }
            catch (Exception e)
            {
                failure = failure == null ? e : failure;
                _log.Error("factory reset: slot states not wiped (" + e.Message + ")");
            }

            if (failure != null)
            {
                throw new IOException("factory reset incomplete: " + failure.Message, failure);
            }

            _log.Info("factory reset: " + (deregistered ? "deregistered, " : string.Empty) + "tokens and slot states wiped");
            return deregistered;
        }
    }
}
