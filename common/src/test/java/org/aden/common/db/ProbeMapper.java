package org.aden.common.db;

import org.apache.ibatis.annotations.Param;

public interface ProbeMapper {
    void insert(ProbeRow row);

    ProbeRow find(@Param("id") int id);
}
