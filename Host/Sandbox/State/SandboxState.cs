using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using DeviceFirmware.Sandbox.Lwa;

namespace DeviceFirmware.Sandbox.State
{
    /// <summary>
    /// Everything the sandbox remembers: codes, tokens, registrations, orders. One lock (<see cref="Gate"/>)
    /// guards it all; handlers hold it for the whole of a request's processing, which is short and never waits.
    /// Access and refresh tokens are kept under the SHA-256 of their text (<see cref="TokenKey"/>), so the
    /// saved state (<see cref="StateFile"/>) holds no usable token.
    /// </summary>
    internal sealed class SandboxState
    {
        private readonly Dictionary<string, AuthorizationCode> _codes = new Dictionary<string, AuthorizationCode>(StringComparer.Ordinal);
        private readonly Dictionary<string, AccessTokenRecord> _accessTokens = new Dictionary<string, AccessTokenRecord>(StringComparer.Ordinal);
        private readonly Dictionary<string, RefreshTokenRecord> _refreshTokens = new Dictionary<string, RefreshTokenRecord>(StringComparer.Ordinal);
        private readonly List<TokenFamily> _families = new List<TokenFamily>();
        private readonly Dictionary<string, Registration> _activeRegistrations = new Dictionary<string, Registration>(StringComparer.Ordinal);
        private readonly List<Registration> _allRegistrations = new List<Registration>();
        private readonly List<Order> _orders = new List<Order>();
        private readonly Dictionary<string, Order> _ordersByEvent = new Dictionary<string, Order>(StringComparer.Ordinal);
        private readonly Dictionary<string, bool> _subscribedAtRegistration = new Dictionary<string, bool>(StringComparer.Ordinal);
        private readonly TokenFactory _tokens;

        public SandboxState(SandboxSettings settings)
        {
            Settings = settings;
            _tokens = new TokenFactory(settings.TokenRandomBytes);
            foreach (SandboxSlot slot in settings.Slots)
            {
                _subscribedAtRegistration.Add(slot.SlotId, slot.Subscribed);
            }
        }

        public object Gate { get; } = new object();

        public SandboxSettings Settings { get; }

        public DateTimeOffset Now => Settings.Clock.UtcNow;

        public string IssueCode(AuthorizationCode code)
        {
            string text = _tokens.NewCode();
            _codes.Add(text, code);
            return text;
        }

        public AuthorizationCode FindCode(string code) => _codes.TryGetValue(code, out AuthorizationCode found) ? found : null;

        public AccessTokenRecord FindAccessToken(string token) => token != null && _accessTokens.TryGetValue(TokenKey(token), out AccessTokenRecord found) ? found : null;

        public RefreshTokenRecord FindRefreshToken(string token) => token != null && _refreshTokens.TryGetValue(TokenKey(token), out RefreshTokenRecord found) ? found : null;

        /// <summary>The key a token is kept under: base64 of the SHA-256 of its UTF-8 text.</summary>
        public static string TokenKey(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

        // ---- what StateFile saves and restores (the durable part: not codes, not the request log) ----

        public IReadOnlyList<Registration> AllRegistrations => _allRegistrations;

        public IReadOnlyList<TokenFamily> Families => _families;

        public IReadOnlyList<Order> AllOrders => _orders;

        public IReadOnlyDictionary<string, AccessTokenRecord> AccessTokensByKey => _accessTokens;

        public IReadOnlyDictionary<string, RefreshTokenRecord> RefreshTokensByKey => _refreshTokens;

        public IReadOnlyDictionary<string, Order> OrdersByEvent => _ordersByEvent;

        public IReadOnlyDictionary<string, bool> SubscribedAtRegistration => _subscribedAtRegistration;

        public void RestoreRegistration(Registration registration)
        {
            if (registration.Active && !_activeRegistrations.TryAdd(registration.Device.Key, registration))
            {
                throw new ArgumentException("two active registrations for one device");
            }

            _allRegistrations.Add(registration);
        }

        public TokenFamily RestoreFamily(string clientId, Registration registration, bool revoked)
        {
            TokenFamily family = NewFamily(clientId, registration);
            family.Revoked = revoked;
            return family;
        }

        public void RestoreAccessToken(string key, AccessTokenRecord record) => _accessTokens.Add(key, record);

        public void RestoreRefreshToken(string key, RefreshTokenRecord record) => _refreshTokens.Add(key, record);

        public void RestoreOrder(Order order)
        {
            order.Registration.Orders.Add(order);
            _orders.Add(order);
            _ordersByEvent.Add(order.EventInstanceId, order);
        }

        public void RestoreInProgressEvent(string eventInstanceId, Order order) => _ordersByEvent.Add(eventInstanceId, order);

        public void RestoreSubscribedAtRegistration(string slotId, bool subscribed) => _subscribedAtRegistration[slotId] = subscribed;

        /// <summary>The device's active registration, created (with the configured slots) when it has none.</summary>
        public Registration Register(DeviceIdentity device, string userId)
        {
            if (_activeRegistrations.TryGetValue(device.Key, out Registration existing))
            {
                existing.IsTestDevice = device.IsTestDevice;
                return existing;
            }

            var registration = new Registration(device, userId, Now, Settings.Slots);
            foreach (SlotState slot in registration.Slots)
            {
                slot.Subscribed = _subscribedAtRegistration[slot.SlotId];
            }

            _activeRegistrations.Add(device.Key, registration);
            _allRegistrations.Add(registration);
            return registration;
        }

        public Registration FindActiveRegistration(string model, string serial)
        {
            return _activeRegistrations.TryGetValue(new DeviceIdentity(model, serial, false).Key, out Registration found) ? found : null;
        }

        public TokenFamily NewFamily(string clientId, Registration registration)
        {
            var family = new TokenFamily(_families.Count + 1, clientId, registration);
            _families.Add(family);
            registration.Families.Add(family);
            return family;
        }

        public string IssueAccessToken(TokenFamily family)
        {
            string token = _tokens.NewAccessToken();
            _accessTokens.Add(TokenKey(token), new AccessTokenRecord(family, Now + Settings.AccessTokenLifetime));
            return token;
        }

        public string IssueRefreshToken(TokenFamily family)
        {
            string token = _tokens.NewRefreshToken();
            _refreshTokens.Add(TokenKey(token), new RefreshTokenRecord(family));
            return token;
        }

        /// <summary>Revokes every token family: every access and refresh token issued so far stops working.</summary>
        public int RevokeAllTokens()
        {
            int revoked = 0;
            foreach (TokenFamily family in _families)
            {
                if (!family.Revoked)
                {
                    family.Revoked = true;
                    revoked++;
                }
            }

            return revoked;
        }

        /// <summary>
        /// Ends a registration: its tokens and the device's unused codes stop working (DRS deregistration
        /// "will invalidate any LWA access tokens, refresh tokens, and authorization codes associated with the device").
        /// </summary>
        public void Deregister(Registration registration)
        {
            if (!registration.Active)
            {
                return;
            }

            registration.Active = false;
            _activeRegistrations.Remove(registration.Device.Key);
            foreach (TokenFamily family in registration.Families)
            {
                family.Revoked = true;
            }

            foreach (AuthorizationCode code in _codes.Values)
            {
                if (!code.Redeemed && code.Device.Key == registration.Device.Key)
                {
                    code.Revoked = true;
                }
            }
        }

        /// <summary>The order still blocking <paramref name="slot"/>, or null.</summary>
        public Order PendingOrder(Registration registration, SlotState slot)
        {
            DateTimeOffset now = Now;
            foreach (Order order in registration.Orders)
            {
                if (order.Slot == slot && order.IsPending(now, Settings.DeliveryDelay))
                {
                    return order;
                }
            }

            return null;
        }

        public Order PlaceOrder(Registration registration, SlotState slot)
        {
            var order = new Order(TokenFactory.NewEventInstanceId(), registration, slot, registration.IsTestDevice, Now);
            registration.Orders.Add(order);
            _orders.Add(order);
            _ordersByEvent.Add(order.EventInstanceId, order);
            return order;
        }

        /// <summary>A new event for a replenish call that found <paramref name="pending"/> in progress; order info for it describes that order.</summary>
        public string RecordInProgressEvent(Order pending)
        {
            string eventId = TokenFactory.NewEventInstanceId();
            _ordersByEvent.Add(eventId, pending);
            return eventId;
        }

        public Order FindOrderByEvent(string eventInstanceId) => _ordersByEvent.TryGetValue(eventInstanceId, out Order found) ? found : null;

        /// <summary>Marks pending orders delivered now; <paramref name="eventInstanceId"/> null means all of them. Returns how many.</summary>
        public int Deliver(string eventInstanceId)
        {
            DateTimeOffset now = Now;
            Order only = eventInstanceId == null ? null : FindOrderByEvent(eventInstanceId);
            int delivered = 0;
            foreach (Order order in _orders)
            {
                bool selected = eventInstanceId == null || order == only;
                if (selected && order.IsPending(now, Settings.DeliveryDelay))
                {
                    order.DeliveredByControlAt = now;
                    delivered++;
                }
            }

            return delivered;
        }

        public IReadOnlyList<SandboxOrder> OrderSnapshots()
        {
            DateTimeOffset now = Now;
            var list = new List<SandboxOrder>();
            foreach (Order order in _orders)
            {
                list.Add(order.Snapshot(now, Settings.DeliveryDelay));
            }

            return list.AsReadOnly();
        }

        public IReadOnlyList<SandboxRegistration> RegistrationSnapshots()
        {
            var list = new List<SandboxRegistration>();
            foreach (Registration registration in _allRegistrations)
            {
                list.Add(registration.Snapshot());
            }

            return list.AsReadOnly();
        }

        /// <summary>Sets a slot's subscription in every active registration and in those created later. Returns false for a slot the configuration does not name.</summary>
        public bool SetSubscribed(string slotId, bool subscribed)
        {
            if (!_subscribedAtRegistration.ContainsKey(slotId))
            {
                return false;
            }

            _subscribedAtRegistration[slotId] = subscribed;
            foreach (Registration registration in _activeRegistrations.Values)
            {
                SlotState slot = registration.FindSlot(slotId);
                if (slot != null)
                {
                    slot.Subscribed = subscribed;
                }
            }

            return true;
        }
    }
}
