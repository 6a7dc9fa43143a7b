#include "systemsecretstore.h"

#ifdef SIPSCOPE_HAVE_QTKEYCHAIN
#include "keychainsecretstore.h"
#endif

namespace SipScope {

std::unique_ptr<SecretStore> createSystemSecretStore()
{
#ifdef SIPSCOPE_HAVE_QTKEYCHAIN
    return std::make_unique<KeychainSecretStore>();
#else
    return std::make_unique<UnavailableSecretStore>(
        SecretStore::tr("This build of SipScope has no keychain support (it was built without QtKeychain)."));
#endif
}

} // namespace SipScope
