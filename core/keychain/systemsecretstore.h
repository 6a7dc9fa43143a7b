// The store a program uses for saved passwords: the system keychain when this build
// has QtKeychain, else one that says why nothing can be saved.
#pragma once

#include "secretstore.h"

#include <memory>

namespace SipScope {

std::unique_ptr<SecretStore> createSystemSecretStore();

} // namespace SipScope
