using System;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.Storage
{
    /// <summary>
    /// Keeps the device's Login with Amazon tokens.
    /// <list type="bullet">
    /// <item>On flash, power-cut safe (<see cref="DualSlotRecordStore"/> over slots "tokens.a" and
    /// "tokens.b"): the refresh token with the client ID and token endpoint it belongs to
    /// (<see cref="TokenRecord"/>).</item>
    /// <item>In RAM only: the access token and its expiry. They change on every refresh (about
    /// hourly); keeping them off flash is what makes a refresh that returns the same refresh token
    /// write 0 bytes. The cost is one refresh after each boot, and no usable bearer token at rest.</item>
    /// </list>
    /// Loading never erases: a store where nothing valid is found reads as "no token".
    /// <para>
    /// An older record can come back: if the newest slot goes corrupt after a save into the other
    /// slot was cut, load returns the record from one or two saves before (see
    /// <see cref="DualSlotRecordStore"/>). With rotating refresh tokens LWA refuses that one with
    /// invalid_grant (and may revoke the whole token family, RFC 9700 reuse detection); the
    /// AccessTokenKeeper then calls <see cref="Wipe"/>, which erases both slots (the corrupt one
    /// first), so the next boot finds no token and the device provisions again: one refused
    /// request, no retry loop. An older token LWA still accepts is simply used, and its next
    /// rotation is saved as usual.
    /// </para>
    /// </summary>
    public sealed class TokenVault
    {
        /// <summary>Base name of the vault's two slots.</summary>
        public const string StoreName = "tokens";

        /// <summary>Longest access token kept; LWA documents access tokens of up to 2048 bytes.</summary>
        public const int MaxAccessTokenLength = 2048;

        private readonly TokenRecordCodec _codec = new TokenRecordCodec();
        private readonly DualSlotRecordStore _records;
        private readonly object _sync = new object();

        private bool _loaded;
        private TokenRecord _current;
        private string _accessToken;
        private DateTime _accessTokenExpiresUtc;

        /// <summary>Creates a vault over <paramref name="flash"/>; nothing is read until first use.</summary>
        /// <param name="flash">Where the token slots live.</param>
        /// <param name="log">Where slot problems and saves are reported (never a token).</param>
        public TokenVault(IFlashStore flash, ILog log)
        {
            _records = new DualSlotRecordStore(flash, StoreName, _codec, log);
        }

        /// <summary>The stored refresh-token record, or null when the device holds no token (loads first if needed).</summary>
        public TokenRecord Current
        {
            get
            {
                lock (_sync)
                {
                    EnsureLoaded();
                    return _current;
                }
            }
        }

        /// <summary>The access token of the last token response, or null after a boot, a wipe or <see cref="ForgetAccessToken"/>. A secret: never log it.</summary>
        public string AccessToken
        {
            get
            {
                lock (_sync)
                {
                    return _accessToken;
                }
            }
        }

        /// <summary>When <see cref="AccessToken"/> expires (UTC); <see cref="DateTime.MinValue"/> when there is none.</summary>
        public DateTime AccessTokenExpiresUtc
        {
            get
            {
                lock (_sync)
                {
                    return _accessToken == null ? DateTime.MinValue : _accessTokenExpiresUtc;
                }
            }
        }

        /// <summary>
        /// Reads the stored record from flash (at boot). Never throws on what the slots hold and
        /// never writes: if neither slot holds a valid record, the answer is null.
        /// </summary>
        /// <returns>The stored record, or null.</returns>
        public TokenRecord Load()
        {
            lock (_sync)
            {
                return LoadLocked();
            }
        }

        /// <summary>
        /// Stores a refresh-token record durably, writing flash only when it differs from the stored
        /// one. A changed record drops the access token held in RAM (it belonged to the old grant).
        /// </summary>
        /// <param name="record">The record to keep.</param>
        /// <returns>True when flash was written; false when the record was already stored.</returns>
        /// <exception cref="System.IO.IOException">Writing failed; the previous record is still the stored one.</exception>
        public bool Save(TokenRecord record)
        {
            if (record == null)
            {
                throw new ArgumentNullException("record");
            }

            lock (_sync)
            {
                return SaveLocked(record);
            }
        }

        /// <summary>
        /// Keeps the outcome of a token response: first the refresh-token record, durably (written
        /// only if it changed: a rotated refresh token), then the access token, in RAM. If the save
        /// fails nothing changes, so a rotated refresh token is never used before it is on flash.
        /// </summary>
        /// <param name="record">Refresh token, client ID and endpoint (the stored refresh token when the response carried none).</param>
        /// <param name="accessToken">The new access token: 1 to 2048 printable ASCII characters.</param>
        /// <param name="accessTokenExpiresUtc">When it expires (UTC).</param>
        /// <returns>True when flash was written.</returns>
        /// <exception cref="ArgumentException">The access token is unfit; nothing was changed.</exception>
        /// <exception cref="System.IO.IOException">Writing failed; nothing was changed in RAM.</exception>
        public bool Store(TokenRecord record, string accessToken, DateTime accessTokenExpiresUtc)
        {
            if (record == null)
            {
                throw new ArgumentNullException("record");
            }

            VisibleAscii.Check(accessToken, "accessToken", MaxAccessTokenLength);
            lock (_sync)
            {
                bool written = SaveLocked(record);
                _accessToken = accessToken;
                _accessTokenExpiresUtc = accessTokenExpiresUtc;
                return written;
            }
        }

        /// <summary>Drops the access token from RAM (for example after DRS rejected it); the stored record stays.</summary>
        public void ForgetAccessToken()
        {
            lock (_sync)
            {
                ForgetAccessTokenLocked();
            }
        }

        /// <summary>
        /// Forgets every token, on flash and in RAM: for a factory reset, or when LWA answers
        /// invalid_grant. A power cut mid-wipe leaves either the current record or none, never an
        /// older one; when this returns, both slots are erased.
        /// </summary>
        /// <exception cref="System.IO.IOException">An erase failed; the record may still be stored.</exception>
        public void Wipe()
        {
            lock (_sync)
            {
                ForgetAccessTokenLocked();
                _records.Wipe();
                _current = null;
                _loaded = true;
            }
        }

        private void EnsureLoaded()
        {
            if (!_loaded)
            {
                LoadLocked();
            }
        }

        private TokenRecord LoadLocked()
        {
            byte[] payload = _records.Load();
            _current = payload == null ? null : _codec.Decode(payload);
            _loaded = true;
            ForgetAccessTokenLocked();
            return _current;
        }

        private bool SaveLocked(TokenRecord record)
        {
            EnsureLoaded();
            bool written = _records.Save(_codec.Encode(record));
            if (written)
            {
                _current = record;
                ForgetAccessTokenLocked();
            }

            return written;
        }

        private void ForgetAccessTokenLocked()
        {
            _accessToken = null;
            _accessTokenExpiresUtc = DateTime.MinValue;
        }
    }
}
