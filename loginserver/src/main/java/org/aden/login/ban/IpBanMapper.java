package org.aden.login.ban;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** IP bans in aden_login; SQL in IpBanMapper.xml. */
public interface IpBanMapper {
    List<IpBan> list();

    int upsert(IpBan ban);

    int delete(@Param("address") String address);
}
